package dev.hammerbench.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.server.DockerEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** What the container tests need from a real engine: the test image, the container's cgroup, the CLI to check. */
final class Docker {

    /** Built by scripts/docker-images.sh from a debootstrapped base: python3 on Debian bookworm, label version 3.11. */
    static final String PYTHON_IMAGE = "hammerbench/python-test:1";
    static final String[] HTTP_SERVER = {"python3", "-m", "http.server", "--bind", "127.0.0.1", "{port}"};

    private Docker() {
    }

    /**
     * Skips the calling test (not fails) where no engine answers or the test image is not built;
     * fails instead when HAMMERBENCH_DOCKER_TESTS=required (CI, which has built them).
     */
    static void assumeEngineAndImage() {
        String problem = DockerEngine.problem().orElse(cli("image", "inspect", PYTHON_IMAGE).exit == 0 ? null
                : "the test image " + PYTHON_IMAGE + " is not built; run scripts/docker-images.sh (as root)");
        if ("required".equals(System.getenv("HAMMERBENCH_DOCKER_TESTS"))) {
            assertThat(problem).as("HAMMERBENCH_DOCKER_TESTS=required, but").isNull();
        }
        Assumptions.assumeTrue(problem == null, problem);
    }

    /** Ids of containers, running or not, made from the image; "docker ps" is the independent witness here. */
    static List<String> containersOf(String image) {
        Result ps = cli("ps", "-aq", "--no-trunc", "--filter", "ancestor=" + image);
        assertThat(ps.exit).as("docker ps: %s", ps.out).isZero();
        return Arrays.stream(ps.out.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static void removeAll(String image) {
        for (String id : containersOf(image)) {
            cli("rm", "-f", id);
        }
    }

    /** Removes the containers, running or not, that Hammerbench labelled with one of the server names. */
    static void removeServers(String... servers) {
        for (String server : servers) {
            cli("ps", "-aq", "--filter", "label=dev.hammerbench.server=" + server).out().lines()
                    .filter(id -> !id.isBlank()).forEach(id -> cli("rm", "-f", id.strip()));
        }
    }

    /** The fixture of a container test whose test cases fill {@code got} and run servers from {@code image}. */
    static Fixture fixtureOfImage(Map<String, Object> got, String image) {
        return new Fixture(got, () -> removeAll(image));
    }

    /** The fixture of a container test whose test cases fill {@code got} and name their servers {@code servers}. */
    static Fixture fixtureOfServers(Map<String, Object> got, String... servers) {
        return new Fixture(got, () -> removeServers(servers));
    }

    /**
     * What every container test class does around its tests, registered with {@code @RegisterExtension}: the
     * class is skipped as {@link #assumeEngineAndImage()} says, and before and after each test the map its
     * test cases fill is cleared and their containers are removed, so no test reads another's figures or
     * finds another's container.
     */
    static final class Fixture implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {

        private final Map<String, Object> got;
        private final Runnable removeContainers;

        private Fixture(Map<String, Object> got, Runnable removeContainers) {
            this.got = got;
            this.removeContainers = removeContainers;
        }

        @Override
        public void beforeAll(ExtensionContext context) {
            assumeEngineAndImage();
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            clean();
        }

        @Override
        public void afterEach(ExtensionContext context) {
            clean();
        }

        private void clean() {
            got.clear();
            removeContainers.run();
        }
    }

    /** The pids in the cgroup of the container whose main process is {@code pid} (v2, or v1's memory hierarchy). */
    static List<Long> cgroupProcs(long pid) throws IOException {
        String v1 = null;
        String v2 = null;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "cgroup"))) {
            String[] parts = line.split(":", 3);
            if (parts[1].isEmpty()) {
                v2 = parts[2];
            } else if (Arrays.asList(parts[1].split(",")).contains("memory")) {
                v1 = parts[2];
            }
        }
        Path procs = v1 != null ? Path.of("/sys/fs/cgroup/memory" + v1, "cgroup.procs")
                : Path.of("/sys/fs/cgroup" + v2, "cgroup.procs");
        List<Long> pids = new ArrayList<>();
        for (String line : Files.readAllLines(procs)) {
            if (!line.isBlank()) {
                pids.add(Long.parseLong(line.strip()));
            }
        }
        return pids;
    }

    /** The sum of one /proc/PID/status field (VmRSS, RssAnon, ...) over the pids, in bytes. */
    static long procStatusSum(List<Long> pids, String field) throws IOException {
        long sum = 0;
        for (long pid : pids) {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field + ":")) {
                    sum += Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        }
        return sum;
    }

    /** The one container labelled with the server's name, by Hammerbench; fails when there is not exactly one. */
    static String containerOfServer(String server) {
        Result ps = cli("ps", "-q", "--no-trunc", "--filter", "label=dev.hammerbench.server=" + server);
        List<String> ids = Arrays.stream(ps.out.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        assertThat(ids).as("containers of server '%s': %s", server, ps.out).hasSize(1);
        return ids.get(0);
    }

    static long mainPid(String containerId) {
        return Long.parseLong(cli("inspect", "-f", "{{.State.Pid}}", containerId).out().strip());
    }

    record Result(int exit, String out) {
    }

    static Result cli(String... args) {
        return cliWithInput("", args);
    }

    static Result cliWithInput(String input, String... args) {
        List<String> argv = new ArrayList<>(List.of("docker"));
        argv.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(argv).redirectErrorStream(true).start();
            process.getOutputStream().write(input.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, out);
            }
            return new Result(process.exitValue(), out);
        } catch (IOException e) {
            return new Result(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, e.toString());
        }
    }
}
