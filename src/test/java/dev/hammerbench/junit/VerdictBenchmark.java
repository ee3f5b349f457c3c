package dev.hammerbench.junit;

import static dev.hammerbench.junit.LaunchServerTest.TEST_SERVER;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.ServerResult;
import dev.hammerbench.result.Shift;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * How often the verdicts hold: runs each test-case class below through the real engine
 * {@code repetitions} times and counts "slower" and "same (within noise)". Not a test: the
 * figures depend on the machine. Run by bench/verdict-bench.sh.
 *
 * <p>Pairs: two identical sleeping servers (20 ms a response, so the harness and the machine
 * barely matter), two identical plain "Hello World" servers (CPU-bound: JIT and scheduling luck
 * differ between two JVMs), and RepeatedRoundsTest's own pair made 1.3x slower on purpose (26 ms
 * against 20 ms), so what is counted here is what that test relies on.
 */
public final class VerdictBenchmark {

    static final AtomicReference<Comparison> GOT = new AtomicReference<>();

    private VerdictBenchmark() {
    }

    public static void main(String[] args) {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        run("identical sleeping servers", IdenticalSleepersTestCases.class, GOT, "a", "b", repetitions, false);
        run("identical plain servers", IdenticalPlainTestCases.class, GOT, "a", "b", repetitions, false);
        run("one made 1.3x slower", RepeatedRoundsTest.SlowerOnPurposeTestCases.class, RepeatedRoundsTest.GOT,
                "quick", "slowed", repetitions, true);
    }

    /** Runs the class {@code repetitions} times; its test stores its comparison, with servers a and b, in got. */
    private static void run(String label, Class<?> testCases, AtomicReference<Comparison> got, String aName,
            String bName, int repetitions, boolean expectSlower) {
        say("== " + label + ": " + repetitions + " repetitions of " + testCases.getSimpleName());
        int asExpected = 0;
        for (int i = 1; i <= repetitions; i++) {
            got.set(null);
            EngineExecutionResults results = HammerbenchTestKit.run(testCases);
            Comparison comparison = got.get();
            if (comparison == null || results.testEvents().failed().count() > 0) {
                say("  " + i + ": the class failed: " + results.testEvents().failed().list());
                continue;
            }
            ServerResult a = comparison.server(aName);
            ServerResult b = comparison.server(bName);
            // the table's verdict: the faster by median against the other
            boolean aFaster = a.speed().throughput().median() >= b.speed().throughput().median();
            ServerResult fast = aFaster ? a : b;
            ServerResult slow = aFaster ? b : a;
            Shift shift = fast.throughputRatio(slow).orElseThrow();
            String verdict = shift.significant() ? "slower" : "same (within noise)";
            if (shift.significant() == expectSlower) {
                asExpected++;
            }
            say(String.format(Locale.ROOT,
                    "  %2d: %s %.0f req/s (cv %.1f %%), %s %.0f req/s (cv %.1f %%); %s vs %s: %.3fx [%.3f .. %.3f], p = %.4f -> %s",
                    i, aName, a.speed().throughput().median(), 100 * a.speed().throughput().coefficientOfVariation(),
                    bName, b.speed().throughput().median(), 100 * b.speed().throughput().coefficientOfVariation(),
                    fast.name(), slow.name(), shift.ratio(), shift.low(), shift.high(), shift.pValue(), verdict));
        }
        say(String.format(Locale.ROOT, "  %s: %d of %d judged \"%s\"", label, asExpected, repetitions,
                expectSlower ? "slower" : "same (within noise)"));
    }

    /** Marked, so the script can keep these lines apart from the tables the extension prints. */
    private static void say(String line) {
        System.out.println("verdict| " + line);
    }

    @LaunchServer(name = "a", mainClass = TEST_SERVER, args = {"--port", "{port}", "--delay-ms", "20"})
    @LaunchServer(name = "b", mainClass = TEST_SERVER, args = {"--port", "{port}", "--delay-ms", "20"})
    static class IdenticalSleepersTestCases {

        @Test
        @Hammer(calls = 400, concurrency = 8, keepAlive = true, warmup = "40", rounds = 6, settle = "0")
        void hammered(Comparison comparison) {
            GOT.set(comparison);
        }
    }

    @LaunchServer(name = "a", mainClass = TEST_SERVER, args = {"--port", "{port}"})
    @LaunchServer(name = "b", mainClass = TEST_SERVER, args = {"--port", "{port}"})
    static class IdenticalPlainTestCases {

        @Test
        @Hammer(calls = 5000, concurrency = 8, keepAlive = true, warmup = "2000", rounds = 6, settle = "0")
        void hammered(Comparison comparison) {
            GOT.set(comparison);
        }
    }
}
