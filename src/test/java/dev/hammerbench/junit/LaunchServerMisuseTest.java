package dev.hammerbench.junit;

import static dev.hammerbench.junit.LaunchServerTest.TEST_SERVER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.result.ServerInfo;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/** Every misuse of @LaunchServer and @Server fails with a message naming where, what, and what is accepted. */
class LaunchServerMisuseTest {

    static final int TAKEN_PORT = 23457;
    /** Every server these misuses may start carries it in its argv, so a leak can be found. */
    static final String MARKER = "hb-misuse-";
    static Failures failures;

    @BeforeAll
    static void runTheMisuses() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            try {
                taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), TAKEN_PORT));
            } catch (java.net.BindException e) {
                // another program (another build running this test at once) holds it: taken all the same
            }
            failures = Failures.of(MisusedTestCases.class);
        }
    }

    @AfterAll
    static void nothingLeftRunning() {
        assertThat(Processes.withMarker(MARKER)).isEmpty();
    }

    @Test
    void neitherCommandNorMainClass() {
        assertMessage("neither", ExtensionConfigurationException.class,
                "@LaunchServer on LaunchServerMisuseTest$MisusedTestCases.neither(), server 'x': command/mainClass are both missing; "
                        + "accepted: exactly one: command = {\"python3\", \"app.py\", \"{port}\"} or mainClass = \"com.example.Main\"");
    }

    @Test
    void bothCommandAndMainClass() {
        assertMessage("both", ExtensionConfigurationException.class, "server 'x': command/mainClass are both set");
    }

    @Test
    void blankName() {
        assertMessage("blankName", ExtensionConfigurationException.class,
                "server ' ': name is blank; accepted: a unique, non-blank name per server");
    }

    @Test
    void duplicateName() {
        assertMessage("duplicateName", ExtensionConfigurationException.class,
                "server 'twice': name is declared twice in scope; accepted: a name unique among the servers");
    }

    @Test
    void commandNotFound() {
        assertMessage("commandNotFound", ExtensionConfigurationException.class,
                "server 'x': command 'no-such-program-hb' was not found on the PATH (",
                "install it, or give its absolute path in command[0]");
    }

    @Test
    void commandNotExecutable() {
        assertMessage("commandNotExecutable", ExtensionConfigurationException.class,
                "server 'x': command './pom.xml' is not executable", "chmod +x it");
    }

    @Test
    void workingDirMissing() {
        assertMessage("workingDirMissing", ExtensionConfigurationException.class,
                "server 'x': workingDir \"no/such/dir\" does not exist", "accepted: an existing directory");
    }

    @Test
    void exitDuringStartup() {
        assertMessage("exitDuringStartup", ExtensionConfigurationException.class,
                "@LaunchServer on LaunchServerMisuseTest$MisusedTestCases.exitDuringStartup(): server 'crasher' exited with code 3 "
                        + "while starting (before it was ready). Last lines of ",
                "    | starting, will crash\n    | crashed on purpose");
    }

    @Test
    void notReadyByTheDeadline() {
        assertMessage("notReadyInTime", ExtensionConfigurationException.class,
                "server 'sleepy' was not ready within 1 s (startupTimeout): waited for an HTTP response from the url at http://127.0.0.1:",
                "it was stopped. Last lines of ");
    }

    @Test
    void fixedPortInUse() {
        assertMessage("fixedPortInUse", ExtensionConfigurationException.class,
                "server 'fixed': port " + TAKEN_PORT + " on 127.0.0.1 is already in use; free it, or use port = 0");
    }

    @Test
    void malformedUrl() {
        assertMessage("malformedUrl", ExtensionConfigurationException.class,
                "server 'x': url \"http://{host}:{port}/a b\" is malformed", "accepted: a URL such as");
    }

    @Test
    void unknownPlaceholder() {
        assertMessage("unknownPlaceholder", ExtensionConfigurationException.class,
                "server 'x': url: 'http://{host}:{prot}/' has the unknown placeholder {prot}; accepted placeholders: {port}, {host}");
    }

    @Test
    void unparsableStartupTimeout() {
        assertMessage("badStartupTimeout", ExtensionConfigurationException.class,
                "server 'x': startupTimeout: \"soon\" is not a duration; accepted: a positive duration such as \"250ms\"");
    }

    @Test
    void logLineWithoutRegexAndBadRegex() {
        assertMessage("logLineWithoutRegex", ExtensionConfigurationException.class,
                "readyLogLine is empty while readiness = LOG_LINE; accepted: a regular expression");
        assertMessage("badRegex", ExtensionConfigurationException.class,
                "readyLogLine is not a regular expression: ");
    }

    @Test
    void mainClassNotOnClasspath() {
        assertMessage("unknownMainClass", ExtensionConfigurationException.class,
                "server 'x': mainClass \"com.example.Nope\" is not on the test classpath");
    }

    @Test
    void serverNameNotInScope() {
        assertMessage("unknownServerName", ParameterResolutionException.class,
                "parameter 0 (ServerInfo) of LaunchServerMisuseTest$MisusedTestCases.unknownServerName(): "
                        + "@Server(\"nope\") names no server in scope; servers in scope: [only]");
    }

    @Test
    void ambiguousHandle() {
        assertMessage("ambiguous", ParameterResolutionException.class,
                "parameter 0 (ServerInfo) of LaunchServerMisuseTest$MisusedTestCases.ambiguous(): is ambiguous, 2 servers are in "
                        + "scope [a, b]; choose one with @Server(\"name\")");
    }

    @Test
    void noServerInScope() {
        assertMessage("noServer", ParameterResolutionException.class,
                "no server is in scope; declare one with @LaunchServer");
    }

    @Test
    void everyOtherAttributeMisuse() {
        assertMessage("jvmArgsWithoutMainClass", ExtensionConfigurationException.class,
                "server 'x': jvmArgs is set without mainClass; accepted: jvmArgs only with mainClass");
        assertMessage("portOutOfRange", ExtensionConfigurationException.class,
                "server 'x': port is 70000; accepted: 0 (pick a free port) or 1..65535");
        assertMessage("blankHost", ExtensionConfigurationException.class, "server 'x': host is blank; accepted: ");
        assertMessage("readyPathWithPortReadiness", ExtensionConfigurationException.class,
                "server 'x': readyPath is set while readiness = PORT; accepted: readyPath only with readiness = HTTP");
        assertMessage("readyStatusOutOfRange", ExtensionConfigurationException.class,
                "server 'x': readyStatus is 42; accepted: 0 (any response) or an HTTP status 100..599");
        assertMessage("logLineWithHttpReadiness", ExtensionConfigurationException.class,
                "server 'x': readyLogLine is set while readiness = HTTP; accepted: readyLogLine only with readiness = LOG_LINE");
        assertMessage("twoVersionSources", ExtensionConfigurationException.class,
                "server 'x': version/versionCommand/versionFromServerHeader are set together; accepted: at most one way");
        assertMessage("badEnv", ExtensionConfigurationException.class,
                "server 'x': env has the entry \"NOEQUALS\"; accepted: entries \"NAME=value\"");
        assertMessage("blankCommandWord", ExtensionConfigurationException.class,
                "server 'x': command has a blank element: [sleep, ]; accepted: an argv of non-blank words");
        assertMessage("mainClassWithoutMain", ExtensionConfigurationException.class,
                "server 'x': mainClass \"dev.hammerbench.junit.Failures\" has no main(String[]) method");
    }

    private static void assertMessage(String test, Class<? extends Throwable> type, String... parts) {
        failures.assertMessage(test, type, parts);
    }

    static class MisusedTestCases {

        @Test
        @LaunchServer(name = "x")
        void neither() {
        }

        @Test
        @LaunchServer(name = "x", command = "true", mainClass = TEST_SERVER)
        void both() {
        }

        @Test
        @LaunchServer(name = " ", command = "true")
        void blankName() {
        }

        @Test
        @LaunchServer(name = "twice", command = "true")
        @LaunchServer(name = "twice", command = "true")
        void duplicateName() {
        }

        @Test
        @LaunchServer(name = "x", command = "no-such-program-hb")
        void commandNotFound() {
        }

        @Test
        @LaunchServer(name = "x", command = "./pom.xml")
        void commandNotExecutable() {
        }

        @Test
        @LaunchServer(name = "x", command = "true", workingDir = "no/such/dir")
        void workingDirMissing() {
        }

        @Test
        @LaunchServer(name = "crasher", mainClass = TEST_SERVER, args = {"--port", "{port}", "--exit-after-ms", "300"})
        void exitDuringStartup() {
        }

        @Test
        @LaunchServer(name = "sleepy", mainClass = TEST_SERVER, startupTimeout = "1s",
                args = {"--port", "{port}", "--ready-after-ms", "30000", "--tag", "hb-misuse-sleepy"})
        void notReadyInTime() {
        }

        @Test
        @LaunchServer(name = "fixed", mainClass = TEST_SERVER, port = TAKEN_PORT, args = {"--port", "{port}"})
        void fixedPortInUse() {
        }

        @Test
        @LaunchServer(name = "x", command = "true", url = "http://{host}:{port}/a b")
        void malformedUrl() {
        }

        @Test
        @LaunchServer(name = "x", command = "true", url = "http://{host}:{prot}/")
        void unknownPlaceholder() {
        }

        @Test
        @LaunchServer(name = "x", command = "true", startupTimeout = "soon")
        void badStartupTimeout() {
        }

        @Test
        @LaunchServer(name = "x", command = "true", readiness = LaunchServer.Readiness.LOG_LINE)
        void logLineWithoutRegex() {
        }

        @Test
        @LaunchServer(name = "x", command = "true", readiness = LaunchServer.Readiness.LOG_LINE, readyLogLine = "([")
        void badRegex() {
        }

        @Test
        @LaunchServer(name = "x", mainClass = "com.example.Nope")
        void unknownMainClass() {
        }

        @Test
        @LaunchServer(name = "x", command = "true", jvmArgs = "-Xmx64m")
        void jvmArgsWithoutMainClass() {
        }

        @Test
        @LaunchServer(name = "x", command = "true", port = 70000)
        void portOutOfRange() {
        }

        @Test
        @LaunchServer(name = "x", command = "true", host = " ")
        void blankHost() {
        }

        @Test
        @LaunchServer(name = "x", command = "true", readiness = LaunchServer.Readiness.PORT, readyPath = "/health")
        void readyPathWithPortReadiness() {
        }

        @Test
        @LaunchServer(name = "x", command = "true", readyStatus = 42)
        void readyStatusOutOfRange() {
        }

        @Test
        @LaunchServer(name = "x", command = "true", readyLogLine = "started")
        void logLineWithHttpReadiness() {
        }

        @Test
        @LaunchServer(name = "x", command = "true", version = "1.0", versionFromServerHeader = true)
        void twoVersionSources() {
        }

        @Test
        @LaunchServer(name = "x", command = "true", env = "NOEQUALS")
        void badEnv() {
        }

        @Test
        @LaunchServer(name = "x", command = {"sleep", ""})
        void blankCommandWord() {
        }

        @Test
        @LaunchServer(name = "x", mainClass = "dev.hammerbench.junit.Failures")
        void mainClassWithoutMain() {
        }

        @Test
        @LaunchServer(name = "only", mainClass = TEST_SERVER, args = {"--port", "{port}", "--tag", "hb-misuse-only"})
        void unknownServerName(@Server("nope") ServerInfo server) {
        }

        @Test
        @LaunchServer(name = "a", mainClass = TEST_SERVER, args = {"--port", "{port}", "--tag", "hb-misuse-a"})
        @LaunchServer(name = "b", mainClass = TEST_SERVER, args = {"--port", "{port}", "--tag", "hb-misuse-b"})
        void ambiguous(ServerInfo server) {
        }

        @Test
        @ExtendWith(HammerbenchExtension.class)
        void noServer(ServerInfo server) {
        }
    }

    @Test
    void everyMisuseFailed() {
        assertThat(failures.size()).isEqualTo(29);
    }
}
