package dev.hammerbench.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A tiny shell process, in a session of its own, that holds the list of live server groups and
 * stops them all when its stdin reaches end of file: that happens when this JVM exits for any
 * reason, {@code kill -9} included, because the kernel closes the pipe's write end.
 *
 * <p>Groups are registered right after spawn and unregistered once confirmed stopped, so a recycled
 * process-group id is never signalled.
 *
 * <p>Containers ("+container:ID" lines) are registered the moment the engine creates them and removed
 * on end of file with {@code docker rm -f}: the CLI reads DOCKER_HOST and the Docker contexts as
 * the user's engine does and needs no JVM; where there is no CLI, curl over the local socket does
 * the same (DELETE /containers/ID?force=true). Container ids are never reused, so unlike a pgid a
 * stale entry cannot hit anything else. This is what Testcontainers' Ryuk does for its own
 * containers, without an image to pull.
 */
final class Reaper {

    private static final String SCRIPT = String.join("\n",
            "trap '' HUP INT",
            "groups=' '",
            "containers=' '",
            "while IFS= read -r line; do",
            "  case \"$line\" in",
            "    +container:*) containers=\"$containers${line#+container:} \" ;;",
            "    -container:*) containers=$(printf '%s' \"$containers\" | sed \"s/ ${line#-container:} / /\") ;;",
            "    +*) case \"$groups\" in *\" ${line#+} \"*) ;; *) groups=\"$groups${line#+} \" ;; esac ;;",
            "    -*) groups=$(printf '%s' \"$groups\" | sed \"s/ ${line#-} / /\") ;;",
            "  esac",
            "done",
            "for c in $containers; do",
            "  if command -v docker >/dev/null 2>&1; then docker rm -f \"$c\" >/dev/null 2>&1",
            "  else curl -s --unix-socket /var/run/docker.sock -X DELETE \"http://localhost/containers/$c?force=true\" >/dev/null 2>&1",
            "  fi",
            "done",
            "[ -z \"$(printf '%s' \"$groups\" | tr -d ' ')\" ] && exit 0",
            "for g in $groups; do kill -TERM -\"$g\" 2>/dev/null; done",
            "i=0",
            "while [ $i -lt 50 ]; do",
            "  left=0",
            "  for g in $groups; do kill -0 -\"$g\" 2>/dev/null && left=1; done",
            "  [ $left = 0 ] && exit 0",
            "  sleep 0.1; i=$((i+1))",
            "done",
            "for g in $groups; do kill -KILL -\"$g\" 2>/dev/null; done",
            "exit 0");

    private static Reaper instance;

    private final Process process;
    private final OutputStream pipe;

    private Reaper(Process process) {
        this.process = process;
        this.pipe = process.getOutputStream();
    }

    /** The JVM's reaper, started on first use; null where there is no setsid (no process groups). */
    static synchronized Reaper get() {
        if (ProcessGroups.SETSID_COMMAND == null) {
            return null;
        }
        if (instance == null || !instance.process.isAlive()) {
            try {
                Process process = new ProcessBuilder(ProcessGroups.SETSID_COMMAND, "sh", "-c", SCRIPT)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
                instance = new Reaper(process);
                // a reaper that died took its list along: hand the new one every group still running
                LiveServers.groups().forEach(instance::register);
            } catch (IOException e) {
                throw new IllegalStateException("cannot start the reaper process (setsid sh): " + e.getMessage(), e);
            }
        }
        return instance;
    }

    synchronized void register(long pgid) {
        send("+" + pgid);
    }

    synchronized void unregister(long pgid) {
        send("-" + pgid);
    }

    synchronized void registerContainer(String id) {
        send("+container:" + id);
    }

    synchronized void unregisterContainer(String id) {
        send("-container:" + id);
    }

    private void send(String line) {
        try {
            pipe.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
            pipe.flush();
        } catch (IOException e) {
            throw new IllegalStateException("the reaper process is gone; cannot guard group " + line, e);
        }
    }
}
