package dev.hammerbench.load;

import dev.hammerbench.testserver.TestServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A {@link TestServer} child process on loopback, destroyed on close. */
final class TestServerProcess implements AutoCloseable {

    private static final long START_SECONDS = 30;

    private final Process process;
    private final int port;

    private TestServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static TestServerProcess start(String... options) throws Exception {
        Path classes = Path.of(TestServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss512k", "-Dsun.net.httpserver.nodelay=true", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", classes.toString(),
                TestServer.class.getName(), "--port", "0"));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> readListening(out)).get(START_SECONDS, TimeUnit.SECONDS);
            // keep draining so the child never blocks on a full pipe
            Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "drain-test-server");
            drain.setDaemon(true);
            drain.start();
            return new TestServerProcess(process, Integer.parseInt(line.substring("listening on ".length()).strip()));
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private static String readListening(BufferedReader out) {
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("listening on ")) {
                    return line;
                }
            }
            throw new IllegalStateException("test server ended before listening");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    int port() {
        return port;
    }

    /** Kills the server at once, like a crash, and waits (bounded) until it is gone. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }
}
