package dev.hammerbench.server;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * The {@link Reaper} of machines without process groups: a small JVM of its own (the one program
 * sure to be there, Windows included) that reads "+pid start" and "-pid" lines on its stdin and,
 * when stdin ends because this JVM is gone ({@code kill -9} included), stops every registered
 * server process and its descendants. The start time guards against a recycled pid.
 *
 * <p>Public only for its {@code main}; not an API.
 */
@API(status = INTERNAL, since = "0.1")
public final class TreeReaper {

    private static TreeReaper instance;

    private final Process process;
    private final OutputStream pipe;

    private TreeReaper(Process process) {
        this.process = process;
        this.pipe = process.getOutputStream();
    }

    /** This JVM's tree reaper, started on first use. */
    static synchronized TreeReaper get() {
        if (instance == null || !instance.process.isAlive()) {
            try {
                Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx16m",
                        "-cp", ownLocation(), TreeReaper.class.getName())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
                instance = new TreeReaper(process);
                // a reaper that died took its list along: hand the new one every server still running
                ProcessTrees.live().forEach(instance::register);
            } catch (IOException e) {
                throw new IllegalStateException("cannot start the tree reaper JVM: " + e.getMessage(), e);
            }
        }
        return instance;
    }

    synchronized void register(ProcessHandle server) {
        send("+" + server.pid() + " " + start(server));
    }

    synchronized void unregister(ProcessHandle server) {
        send("-" + server.pid());
    }

    private void send(String line) {
        try {
            pipe.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
            pipe.flush();
        } catch (IOException e) {
            throw new IllegalStateException("the tree reaper is gone; cannot guard server " + line, e);
        }
    }

    /**
     * The reaper's side: collects registrations until end of input, then stops what is registered.
     * Ctrl-C in a terminal signals the whole foreground group, this JVM included: the shutdown hook
     * then does the same job on its way out, so the servers do not outlive both JVMs.
     */
    public static void main(String[] args) throws IOException {
        Map<Long, Long> servers = new ConcurrentHashMap<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(servers), "hammerbench-tree-reaper"));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            try {
                if (line.startsWith("+")) {
                    String[] fields = line.substring(1).split(" ");
                    servers.put(Long.parseLong(fields[0]), Long.parseLong(fields[1]));
                } else if (line.startsWith("-")) {
                    servers.remove(Long.parseLong(line.substring(1)));
                }
            } catch (RuntimeException e) {
                // a malformed line guards nothing; the others still count
            }
        }
        stopAll(servers);
    }

    /** Destroys every registered tree, waits up to the stop grace, then kills what is left. */
    private static synchronized void stopAll(Map<Long, Long> servers) {
        List<ProcessHandle> trees = new ArrayList<>();
        servers.forEach((pid, start) -> ProcessHandle.of(pid).filter(p -> start(p) == start).ifPresent(root -> {
            trees.addAll(root.descendants().toList());
            trees.add(root);
        }));
        servers.clear();
        trees.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + LaunchedServer.STOP_GRACE.toNanos();
        while (trees.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() - deadline < 0) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                break;
            }
        }
        trees.forEach(ProcessHandle::destroyForcibly);
    }

    /** Epoch millis the process started, or 0 where the OS does not say (then the pid alone is trusted). */
    private static long start(ProcessHandle process) {
        return process.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
    }

    /** The jar or classes folder holding this class: all the reaper JVM needs. */
    private static String ownLocation() {
        java.security.CodeSource source = TreeReaper.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            throw new IllegalStateException("cannot find where " + TreeReaper.class.getName() + " was loaded from");
        }
        try {
            return Path.of(source.getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot find where " + TreeReaper.class.getName() + " was loaded from: "
                    + source.getLocation(), e);
        }
    }
}
