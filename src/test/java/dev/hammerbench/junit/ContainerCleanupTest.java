package dev.hammerbench.junit;

import static dev.hammerbench.junit.Docker.PYTHON_IMAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.hammerbench.result.ServerInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A container outlives no JVM that started it: exiting through System.exit or killed with -9, the
 * reaper removes it. "docker ps -a" is the witness, 10 s later at most.
 */
class ContainerCleanupTest {

    private Process jvm;
    private Path idFile;
    private Path log;

    @BeforeAll
    static void engine() {
        Docker.assumeEngineAndImage();
    }

    @BeforeEach
    void clean() throws IOException {
        Docker.removeAll(PYTHON_IMAGE);
        idFile = Files.createTempFile("hb-container", ".txt");
        Files.delete(idFile);
        log = Files.createTempFile("hb-child", ".log");
    }

    @AfterEach
    void killLeftovers() {
        if (jvm != null) {
            jvm.destroyForcibly();
        }
        Docker.removeAll(PYTHON_IMAGE);
    }

    @Test
    void aJvmKilledWithMinus9LeavesNoContainer() throws Exception {
        jvm = ProcessCleanupTestKit.childJvm(ChildTestCases.class, log, "-Dhb.idFile=" + idFile, "-Dhb.mode=sleep");
        String id = awaitId();
        assertThat(Docker.containersOf(PYTHON_IMAGE)).as("running while the JVM lives").containsExactly(id);
        new ProcessBuilder("kill", "-9", Long.toString(jvm.pid())).start().waitFor(10, TimeUnit.SECONDS);
        assertThat(jvm.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(jvm.exitValue()).isEqualTo(137);

        assertGoneWithin10s(id);
    }

    @Test
    void aJvmEndingThroughSystemExitLeavesNoContainer() throws Exception {
        jvm = ProcessCleanupTestKit.childJvm(ChildTestCases.class, log, "-Dhb.idFile=" + idFile, "-Dhb.mode=exit");
        String id = awaitId();
        assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertGoneWithin10s(id);
    }

    private static void assertGoneWithin10s(String id) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<String> left = Docker.containersOf(PYTHON_IMAGE);
        while (left.contains(id) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            left = Docker.containersOf(PYTHON_IMAGE);
        }
        assertThat(left).as("containers 10 s after the JVM ended").doesNotContain(id);
    }

    private String awaitId() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (Files.exists(idFile) && Files.readString(idFile).endsWith("\n")) {
                return Files.readString(idFile).strip();
            }
            if (!jvm.isAlive()) {
                break;
            }
            Thread.sleep(50);
        }
        return fail("the child JVM never wrote the container id; its output:\n" + Files.readString(log));
    }

    @LaunchServer(name = "container", image = PYTHON_IMAGE, command = {"python3", "-m", "http.server", "--bind",
            "127.0.0.1", "{port}"})
    static class ChildTestCases {

        @Test
        void writeIdThenEnd(ServerInfo container) throws Exception {
            List<String> ids = Docker.containersOf(PYTHON_IMAGE);
            Files.writeString(Path.of(System.getProperty("hb.idFile")), String.join(" ", ids) + "\n");
            if ("exit".equals(System.getProperty("hb.mode"))) {
                System.exit(0);
            }
            Thread.sleep(120_000);
        }
    }

    /** Starting a child JVM that runs one test-case class (ChildJvmMain) with the test classpath. */
    static final class ProcessCleanupTestKit {
        private ProcessCleanupTestKit() {
        }

        static Process childJvm(Class<?> testCases, Path log, String... properties) throws IOException {
            return childJvm(List.of(), testCases, log, properties);
        }

        static Process childJvm(List<String> prefix, Class<?> testCases, Path log, String... properties)
                throws IOException {
            String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            List<String> argv = new ArrayList<>(prefix);
            argv.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath));
            argv.addAll(List.of(properties));
            argv.addAll(List.of(ChildJvmMain.class.getName(), testCases.getName()));
            ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().remove("DOCKER_HOST");
            return builder.start();
        }
    }
}
