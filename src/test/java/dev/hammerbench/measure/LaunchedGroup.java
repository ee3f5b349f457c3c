package dev.hammerbench.measure;

import dev.hammerbench.testserver.TestServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A real process group for the tests: started under {@code setsid} (so pid == pgid), killed as a
 * whole group on close, and waited for until no member is left.
 */
final class LaunchedGroup implements AutoCloseable {

    static final Duration START_DEADLINE = Duration.ofSeconds(90);
    private static final Pattern LISTENING = Pattern.compile("listening on (\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    private final Process process;
    private final BlockingQueue<String> output = new LinkedBlockingQueue<>();
    private final List<Integer> ports = new ArrayList<>();

    private LaunchedGroup(List<String> command) throws IOException {
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread reader = new Thread(this::drain, "output-of-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** One TestServer JVM, quiet (small heap, serial GC), as its own group. */
    static LaunchedGroup server(String... serverArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of("setsid"));
        command.addAll(javaServer(serverArgs));
        return new LaunchedGroup(command).awaitListening(1);
    }

    /** {@code setsid sh -c SCRIPT}, waiting for {@code listeners} "listening on" lines. */
    static LaunchedGroup shell(String script, int listeners) throws IOException {
        return new LaunchedGroup(List.of("setsid", "sh", "-c", script)).awaitListening(listeners);
    }

    static List<String> javaServer(String... serverArgs) {
        List<String> command = new ArrayList<>(javaMain(TestServer.class.getName()));
        command.addAll(List.of("--port", "0"));
        command.addAll(List.of(serverArgs));
        return command;
    }

    static List<String> javaMain(String mainClass) {
        return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:MaxDirectMemorySize=256m", "-XX:+UseSerialGC", "-cp", testClasses(), mainClass));
    }

    /** A command as one sh word list, each word single-quoted. */
    static String quoted(List<String> command) {
        return command.stream().map(word -> "'" + word.replace("'", "'\\''") + "'").collect(Collectors.joining(" "));
    }

    private static String testClasses() {
        try {
            return Path.of(TestServer.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void drain() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
            }
        } catch (IOException e) {
            output.add("(output ended: " + e + ")");
        }
    }

    private LaunchedGroup awaitListening(int listeners) {
        long deadline = System.nanoTime() + START_DEADLINE.toNanos();
        List<String> seen = new ArrayList<>();
        try {
            while (ports.size() < listeners) {
                String line = output.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null) {
                    throw new IllegalStateException("group " + pgid() + " did not print " + listeners
                            + " 'listening on' lines within " + START_DEADLINE + "; output: " + seen);
                }
                seen.add(line);
                Matcher listening = LISTENING.matcher(line);
                if (listening.find()) {
                    ports.add(Integer.parseInt(listening.group(1)));
                }
            }
            return this;
        } catch (InterruptedException | RuntimeException e) {
            close();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    long pgid() {
        return process.pid(); // setsid execs in place when its caller is not a group leader
    }

    List<Integer> ports() {
        return List.copyOf(ports);
    }

    /** GET on 127.0.0.1 of the given port, failing on anything but 200. */
    static String get(int port, String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(60)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** GET on the only (or first announced) server. */
    String get(String pathAndQuery) throws IOException, InterruptedException {
        return get(ports.get(0), pathAndQuery);
    }

    /**
     * Kills the whole group with SIGKILL and waits (bounded) until none of it is left. kill(1) of
     * procps signals the group at once; where it is missing, each member found in /proc is killed,
     * again and again until none is left, since a member may fork while it is being killed.
     */
    @Override
    public void close() {
        long pgid = pgid();
        try {
            Process kill = new ProcessBuilder("kill", "-KILL", "--", "-" + pgid).redirectErrorStream(true).start();
            kill.waitFor(10, TimeUnit.SECONDS);
            kill.destroyForcibly();
        } catch (IOException e) {
            // no kill(1): the loop below kills the members one by one
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try {
            process.waitFor(10, TimeUnit.SECONDS);
            for (List<Long> left = IndependentProc.liveMembers(pgid); !left.isEmpty() && System.nanoTime() < deadline;
                    left = IndependentProc.liveMembers(pgid)) {
                left.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
