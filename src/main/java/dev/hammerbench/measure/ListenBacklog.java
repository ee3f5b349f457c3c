package dev.hammerbench.measure;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;

/**
 * A listening socket's backlog, as {@code ss -ltn} shows it (Send-Q of a LISTEN socket is its
 * backlog). Empty when iproute2's ss is not there, fails, or nothing listens on the port.
 */
@API(status = INTERNAL, since = "0.1")
public final class ListenBacklog {

    private static final long WAIT_SECONDS = 5;

    private ListenBacklog() {
    }

    /** The backlog of the TCP socket listening on {@code port}, when ss can tell. */
    public static OptionalInt of(int port) {
        if (!ProcFs.AVAILABLE || port <= 0) {
            return OptionalInt.empty();
        }
        Process process = null;
        try {
            process = new ProcessBuilder("ss", "-ltnH", "sport = :" + port).redirectErrorStream(true).start();
            byte[] out;
            try (InputStream in = process.getInputStream()) {
                out = in.readNBytes(64 * 1024);
            }
            if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return OptionalInt.empty();
            }
            return parse(new String(out, StandardCharsets.UTF_8), port);
        } catch (IOException e) {
            return OptionalInt.empty(); // no ss on this machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        } finally {
            if (process != null) {
                process.destroyForcibly();
            }
        }
    }

    /** From lines "LISTEN 0 5 127.0.0.1:8000 0.0.0.0:*": the Send-Q of the first socket on {@code port}. */
    static OptionalInt parse(String ssOutput, int port) {
        for (String line : ssOutput.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].equals("LISTEN") && f[3].endsWith(":" + port) && f[2].matches("\\d{1,9}")) {
                return OptionalInt.of(Integer.parseInt(f[2]));
            }
        }
        return OptionalInt.empty();
    }
}
