package dev.hammerbench.junit;

import static dev.hammerbench.junit.LaunchServerTest.TEST_SERVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.hammerbench.result.ServerInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Whatever happens (a failing test, a sibling that cannot start, another extension throwing, the
 * JVM exiting, terminated or killed with -9), no process of a launched group is alive 10 s later,
 * a grandchild the server spawned included.
 */
class ProcessCleanupTest {

    /** A server that spawns a grandchild and then becomes a python HTTP server: a process tree. */
    static final String TREE = "sleep 300 & exec python3 -m http.server --bind 127.0.0.1 \"$0\"";
    static final List<Long> GROUP = new CopyOnWriteArrayList<>();
    static final List<ServerInfo> SEEN = new CopyOnWriteArrayList<>();
    static final String MARKER = "hb-cleanup-marker";
    static final List<Long> SEEN_BY_OTHER_EXTENSION = new CopyOnWriteArrayList<>();

    @BeforeEach
    void reset() {
        GROUP.clear();
        SEEN.clear();
    }

    @AfterEach
    void killLeftovers() {
        SEEN.forEach(server -> Processes.killGroup(server.pid().getAsLong()));
        Processes.withMarker(MARKER).forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }

    @Test
    void aFailingTestStillStopsTheWholeTree() {
        HammerbenchTestKit.run(FailingTestCases.class).testEvents().assertStatistics(stats -> stats.failed(1));

        assertTreeGone();
    }

    @Test
    void aSiblingThatCannotStartStopsTheOnesAlreadyStarted() {
        HammerbenchTestKit.run(SiblingFailsTestCases.class).containerEvents()
                .assertStatistics(stats -> stats.failed(1));

        assertThat(Processes.survivors(-1, Processes.withMarker(MARKER), Duration.ofSeconds(10)))
                .as("the sibling that started").isEmpty();
    }

    @Test
    void anotherExtensionThrowingStillStopsTheServers() {
        SEEN_BY_OTHER_EXTENSION.clear();
        HammerbenchTestKit.run(OtherExtensionThrowsTestCases.class).containerEvents()
                .assertStatistics(stats -> stats.failed(1));

        assertThat(SEEN_BY_OTHER_EXTENSION).as("the server was running when the other extension threw").hasSize(1);
        assertThat(Processes.survivors(-1, Processes.withMarker(MARKER), Duration.ofSeconds(10))).isEmpty();
    }

    @Test
    void theJvmExitingNormallyStopsTheTree() throws Exception {
        assertTheTreeGoneAfterTheJvmEnds("return");
    }

    @Test
    void theJvmExitingThroughSystemExitStopsTheTree() throws Exception {
        assertTheTreeGoneAfterTheJvmEnds("exit");
    }

    /** A child JVM that ends by itself ({@code how}: "return" from main, or "exit" through System.exit). */
    private static void assertTheTreeGoneAfterTheJvmEnds(String how) throws Exception {
        Process jvm = childJvm(how);
        List<Long> group = awaitGroupFile(jvm);
        assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).as("child JVM ended (%s)", how).isTrue();

        assertGone(group);
    }

    @Test
    void aTerminatedJvmStopsTheTree() throws Exception {
        Process jvm = childJvm("sleep");
        List<Long> group = awaitGroupFile(jvm);
        jvm.destroy(); // SIGTERM
        assertThat(jvm.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertGone(group);
    }

    @Test
    void aJvmKilledWithMinus9StillLeavesNothing() throws Exception {
        Process jvm = childJvm("sleep");
        List<Long> group = awaitGroupFile(jvm);
        new ProcessBuilder("kill", "-9", Long.toString(jvm.pid())).start().waitFor(10, TimeUnit.SECONDS);
        assertThat(jvm.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(jvm.exitValue()).isEqualTo(137);

        assertGone(group);
    }

    private static void assertTreeGone() {
        assertThat(SEEN).hasSize(1);
        assertThat(GROUP).as("group members seen during the test (server + grandchild)").hasSizeGreaterThanOrEqualTo(2);
        assertThat(Processes.survivors(SEEN.get(0).pid().getAsLong(), GROUP, Duration.ofSeconds(10))).isEmpty();
    }

    private static void assertGone(List<Long> group) {
        long pgid = group.get(0);
        List<Long> left = Processes.survivors(pgid, group, Duration.ofSeconds(10));
        try {
            assertThat(left).as("processes of group %d still alive 10 s later", pgid).isEmpty();
        } finally {
            Processes.killGroup(pgid);
        }
    }

    private static Process childJvm(String mode) throws IOException {
        Path groupFile = Files.createTempFile("hb-group", ".txt");
        Files.delete(groupFile);
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "-Dhb.groupFile=" + groupFile, "-Dhb.mode=" + mode,
                "-Dhammerbench.platform=" + System.getProperty("hammerbench.platform", "auto"),
                ChildJvmMain.class.getName(), ChildJvmTestCases.class.getName()));
        Path log = Files.createTempFile("hb-child", ".log");
        Process process = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        CHILDREN.add(new Child(process, groupFile, log));
        return process;
    }

    private record Child(Process process, Path groupFile, Path log) {
    }

    private static final List<Child> CHILDREN = new CopyOnWriteArrayList<>();

    @AfterEach
    void killChildJvms() {
        CHILDREN.forEach(child -> child.process().destroyForcibly());
        CHILDREN.clear();
    }

    private static List<Long> awaitGroupFile(Process jvm) throws IOException, InterruptedException {
        Child child = CHILDREN.stream().filter(c -> c.process() == jvm).findFirst().orElseThrow();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (Files.exists(child.groupFile()) && Files.readString(child.groupFile()).endsWith("\n")) {
                return Arrays.stream(Files.readString(child.groupFile()).strip().split(" ")).map(Long::parseLong).toList();
            }
            if (!jvm.isAlive() && !Files.exists(child.groupFile())) {
                break;
            }
            Thread.sleep(50);
        }
        return fail("the child JVM never wrote its group file; its output:\n" + Files.readString(child.log()));
    }

    /**
     * The server's group, the server first. {@link #TREE}'s shell forks {@code sleep} before it
     * execs the server, so once the server is ready both are in the group: one read, no waiting
     * (the callers check that there are two).
     */
    static List<Long> treeMembers(ServerInfo server) {
        List<Long> members = Processes.group(server.pid().getAsLong());
        List<Long> ordered = new ArrayList<>(List.of(server.pid().getAsLong()));
        members.stream().filter(pid -> pid != server.pid().getAsLong()).forEach(ordered::add);
        return ordered;
    }

    @LaunchServer(name = "tree", command = {"sh", "-c", TREE, "{port}"})
    static class FailingTestCases {

        @Test
        void fails(ServerInfo tree) {
            SEEN.add(tree);
            GROUP.addAll(treeMembers(tree));
            fail("on purpose");
        }
    }

    @LaunchServer(name = "good", mainClass = TEST_SERVER, args = {"--port", "{port}", "--tag", MARKER})
    @LaunchServer(name = "bad", mainClass = TEST_SERVER, args = {"--port", "{port}", "--exit-after-ms", "200"})
    static class SiblingFailsTestCases {

        @Test
        void neverRuns() {
        }
    }

    @LaunchServer(name = "good", mainClass = TEST_SERVER, args = {"--port", "{port}", "--tag", MARKER})
    @ExtendWith(ThrowingExtension.class)
    static class OtherExtensionThrowsTestCases {

        @Test
        void neverRuns() {
        }
    }

    static class ThrowingExtension implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            SEEN_BY_OTHER_EXTENSION.addAll(Processes.withMarker(MARKER));
            throw new IllegalStateException("another extension failed on purpose");
        }
    }

    @LaunchServer(name = "tree", command = {"sh", "-c", TREE, "{port}"})
    static class ChildJvmTestCases {

        @Test
        void writeGroupThenEnd(ServerInfo tree) throws Exception {
            List<Long> members = treeMembers(tree);
            StringBuilder text = new StringBuilder();
            members.forEach(pid -> text.append(pid).append(' '));
            Files.writeString(Path.of(System.getProperty("hb.groupFile")), text.toString().strip() + "\n");
            switch (System.getProperty("hb.mode")) {
                case "exit" -> System.exit(0);
                case "sleep" -> Thread.sleep(120_000);
                default -> { }
            }
        }
    }
}
