package dev.hammerbench.junit;

import static dev.hammerbench.junit.LaunchServerTest.TEST_SERVER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.HammerResult;
import dev.hammerbench.result.MemorySnapshot;
import dev.hammerbench.result.ServerResult;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/** Every misuse of @Hammer and of result parameters fails with a message saying what is accepted. */
class HammerMisuseTest {

    static Failures failures;

    @BeforeAll
    static void runTheMisuses() {
        failures = Failures.of(MisusedTestCases.class, NoServerTestCases.class);
    }

    @Test
    void callsNotPositive() {
        assertMessage("zeroCalls", ExtensionConfigurationException.class,
                "@Hammer on HammerMisuseTest$MisusedTestCases.zeroCalls(): calls = 0 must be at least 1; accepted: ");
    }

    @Test
    void unparsableTimeout() {
        assertMessage("badTimeout", ExtensionConfigurationException.class,
                "@Hammer on HammerMisuseTest$MisusedTestCases.badTimeout(): timeout: \"one second\" is not a duration; "
                        + "accepted: a positive duration such as \"250ms\", \"1s\", \"1.5s\", \"2m\" or ISO-8601 \"PT2S\"");
    }

    @Test
    void callsAndDurationTogether() {
        assertMessage("callsAndDuration", ExtensionConfigurationException.class,
                "calls/duration are both set; accepted: either calls (a number of calls) or duration");
    }

    @Test
    void rateWithNeitherCallsNorDurationIsFineButNegativeRateIsNot() {
        assertMessage("negativeRate", ExtensionConfigurationException.class, "rate = -5.0 is not a usable rate; accepted: ");
    }

    @Test
    void remoteTargetWithoutAllowRemote() {
        assertMessage("remote", ExtensionConfigurationException.class,
                "server remote: target host '192.0.2.1' (192.0.2.1) is not loopback and allowRemote = false; accepted: 127.0.0.0/8, ::1");
    }

    @Test
    void warmupThatIsNeitherCallsNorADuration() {
        String accepted = "; accepted: \"\" or \"0\" (no warm-up), a number of calls such as \"1000\", or a duration"
                + " such as \"5s\", \"250ms\" or ISO-8601 \"PT5S\"";
        assertMessage("warmupNeitherCallsNorDuration", ExtensionConfigurationException.class,
                "@Hammer on HammerMisuseTest$MisusedTestCases.warmupNeitherCallsNorDuration(): warmup is \"a while\","
                        + " neither a number of calls nor a duration" + accepted);
        assertMessage("warmupNegative", ExtensionConfigurationException.class,
                "@Hammer on HammerMisuseTest$MisusedTestCases.warmupNegative(): warmup is \"-100\", neither a number"
                        + " of calls nor a duration" + accepted);
    }

    @Test
    void warmupDurationNeedsCallersThatLast() {
        assertMessage("warmupDurationWithEveryCallAtOnce", ExtensionConfigurationException.class,
                "@Hammer on HammerMisuseTest$MisusedTestCases.warmupDurationWithEveryCallAtOnce(): warmup = PT5S is a"
                        + " duration, but concurrency = 0 sends every call at once, which needs a number of calls;"
                        + " accepted: with every call at once, a number of warm-up calls; a warm-up duration with a"
                        + " positive concurrency or a rate");
    }

    @Test
    void unparsableDeadline() {
        assertMessage("badDeadline", ExtensionConfigurationException.class,
                "@Hammer on HammerMisuseTest$MisusedTestCases.badDeadline(): deadline: \"later\" is not a duration; accepted: ");
    }

    @Test
    void malformedHeader() {
        assertMessage("badHeader", ExtensionConfigurationException.class,
                "headers has the entry \"no colon here\"; accepted: entries \"Name: value\"");
    }

    @Test
    void noServerToHammer() {
        assertMessage("nothingToHammer", ExtensionConfigurationException.class,
                "@Hammer on HammerMisuseTest$NoServerTestCases.nothingToHammer(): there is no server to hammer; accepted: "
                        + "@LaunchServer on the class or the method, or urls = ");
    }

    @Test
    void malformedUrl() {
        assertMessage("badUrl", ExtensionConfigurationException.class,
                "urls has the malformed URL \"not a url\": Illegal character in path; accepted: entries \"name=http://");
    }

    @Test
    void resultsWithoutARound() {
        assertMessage("noRound", ParameterResolutionException.class,
                "parameter 0 (ServerResult) of HammerMisuseTest$MisusedTestCases.noRound(): no @Hammer round is in scope; "
                        + "put @Hammer on the method, or on the class to share one round");
    }

    @Test
    void unknownServerInTheRound() {
        assertMessage("unknownServer", ParameterResolutionException.class,
                "parameter 0 (HammerResult) of HammerMisuseTest$MisusedTestCases.unknownServer(): @Server(\"nope\") names no "
                        + "server in scope; servers in scope: [a]");
    }

    @Test
    void ambiguousResult() {
        assertMessage("ambiguousResult", ParameterResolutionException.class,
                "parameter 0 (ServerResult) of HammerMisuseTest$MisusedTestCases.ambiguousResult(): is ambiguous, 2 servers "
                        + "are in scope [a, b]; choose one with @Server(\"name\")");
    }

    @Test
    void comparisonWithServer() {
        assertMessage("comparisonWithServer", ParameterResolutionException.class,
                "a Comparison holds every server; drop @Server");
    }

    @Test
    void memoryOfATargetNobodyLaunched() {
        assertMessage("memoryOfExternal", ParameterResolutionException.class,
                "server 'ext' has no memory snapshot: it was not launched by @LaunchServer");
    }

    @Test
    void roundsOutOfRange() {
        assertMessage("zeroRounds", ExtensionConfigurationException.class,
                "@Hammer on HammerMisuseTest$MisusedTestCases.zeroRounds(): rounds is \"0\"; accepted: a whole number of"
                        + " rounds from 1 to 1000; 5 or more let the verdicts tell a difference from noise");
        assertMessage("tooManyRounds", ExtensionConfigurationException.class, "rounds is \"1001\"; accepted: ");
    }

    @Test
    void badSettleDuplicateTargetAndNonHttpTarget() {
        assertMessage("badSettle", ExtensionConfigurationException.class,
                "settle \"soon\" is not a duration; accepted: 0 (no settling) or a positive duration");
        assertMessage("duplicateTarget", ExtensionConfigurationException.class,
                "urls names 'a' twice; accepted: a unique name per target");
        assertMessage("ftpTarget", ExtensionConfigurationException.class,
                "urls has \"ftp://127.0.0.1/\", which is not an http(s) URL with a host");
    }

    @Test
    void badRunWideKnobs() {
        Failures knobs = Failures.of(Map.of(Hammer.SCALE_KEY, "-1"), KnobTestCases.class);
        knobs.assertMessage("hammered", ExtensionConfigurationException.class,
                "hammerbench.calls.scale is -1; accepted: a factor > 0 and up to 1000");
        knobs = Failures.of(Map.of(Hammer.CALLS_KEY, "lots"), KnobTestCases.class);
        knobs.assertMessage("hammered", ExtensionConfigurationException.class,
                "hammerbench.calls is \"lots\"; accepted: a positive whole number of calls");
        knobs = Failures.of(Map.of(Hammer.ROUNDS_KEY, "many"), KnobTestCases.class);
        knobs.assertMessage("hammered", ExtensionConfigurationException.class,
                "hammerbench.rounds is \"many\"; accepted: a whole number of rounds from 1 to 1000");
        knobs = Failures.of(Map.of(Hammer.HARNESS_WARMUP_KEY, "soon"), KnobTestCases.class);
        knobs.assertMessage("hammered", ExtensionConfigurationException.class,
                "hammerbench.harness.warmup \"soon\" is not a duration; accepted: 0 (off) or a positive duration");
        knobs = Failures.of(Map.of(Hammer.TIMEOUT_KEY, "0s"), KnobTestCases.class);
        knobs.assertMessage("hammered", ExtensionConfigurationException.class,
                "hammerbench.timeout: \"0s\" is not positive; accepted: ");
    }

    static class KnobTestCases {

        @Test
        @Hammer(urls = "http://127.0.0.1:9/", calls = 5, settle = "0")
        void hammered() {
        }
    }

    private static void assertMessage(String test, Class<? extends Throwable> type, String... parts) {
        failures.assertMessage(test, type, parts);
    }

    @LaunchServer(name = "a", mainClass = TEST_SERVER, args = {"--port", "{port}"}, readiness = LaunchServer.Readiness.PORT)
    static class MisusedTestCases {

        @Test
        @Hammer(calls = 0, settle = "0")
        void zeroCalls() {
        }

        @Test
        @Hammer(timeout = "one second", settle = "0")
        void badTimeout() {
        }

        @Test
        @Hammer(calls = 10, duration = "1s", settle = "0")
        void callsAndDuration() {
        }

        @Test
        @Hammer(rate = -5, settle = "0")
        void negativeRate() {
        }

        @Test
        @Hammer(urls = "remote=http://192.0.2.1/", settle = "0")
        void remote() {
        }

        @Test
        @Hammer(deadline = "later", settle = "0")
        void badDeadline() {
        }

        @Test
        @Hammer(warmup = "a while", concurrency = 2, settle = "0")
        void warmupNeitherCallsNorDuration() {
        }

        @Test
        @Hammer(warmup = "-100", concurrency = 2, settle = "0")
        void warmupNegative() {
        }

        @Test
        @Hammer(warmup = "5s", settle = "0")
        void warmupDurationWithEveryCallAtOnce() {
        }

        @Test
        @Hammer(settle = "soon")
        void badSettle() {
        }

        @Test
        @Hammer(rounds = 0, settle = "0")
        void zeroRounds() {
        }

        @Test
        @Hammer(rounds = 1001, settle = "0")
        void tooManyRounds() {
        }

        @Test
        @Hammer(urls = {"a=http://127.0.0.1:9/", "a=http://127.0.0.1:10/"}, settle = "0")
        void duplicateTarget() {
        }

        @Test
        @Hammer(urls = "ftp://127.0.0.1/", settle = "0")
        void ftpTarget() {
        }

        @Test
        @Hammer(headers = "no colon here", settle = "0")
        void badHeader() {
        }

        @Test
        @Hammer(urls = "not a url", settle = "0")
        void badUrl() {
        }

        @Test
        void noRound(ServerResult result) {
        }

        @Test
        @Hammer(calls = 5, settle = "0")
        void unknownServer(@Server("nope") HammerResult result) {
        }

        @Test
        @LaunchServer(name = "b", mainClass = TEST_SERVER, args = {"--port", "{port}"}, readiness = LaunchServer.Readiness.PORT)
        @Hammer(calls = 5, settle = "0")
        void ambiguousResult(ServerResult result) {
        }

        @Test
        @Hammer(calls = 5, settle = "0")
        void comparisonWithServer(@Server("a") Comparison comparison) {
        }

        @Test
        @Hammer(calls = 5, settle = "0", urls = "ext=http://127.0.0.1:9/")
        void memoryOfExternal(MemorySnapshot memory) {
        }
    }

    static class NoServerTestCases {

        @Test
        @Hammer(calls = 5, settle = "0")
        void nothingToHammer() {
        }
    }

    @Test
    void everyMisuseFailed() {
        assertThat(failures.size()).isEqualTo(22);
    }

}
