package dev.hammerbench.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reading a server's log file, which the server keeps writing while we read. */
final class LogFile {

    private LogFile() {
    }

    static boolean anyLineMatches(Path log, Pattern regex) throws IOException {
        if (!Files.exists(log)) {
            return false;
        }
        try (Stream<String> lines = lines(log)) {
            return lines.anyMatch(line -> regex.matcher(line).find());
        }
    }

    /** The last {@code count} lines, indented for an error message; "(empty)" when there is nothing. */
    static String tail(Path log, int count) {
        Deque<String> last = new ArrayDeque<>();
        try (Stream<String> lines = lines(log)) {
            lines.forEach(line -> {
                last.addLast(line);
                if (last.size() > count) {
                    last.removeFirst();
                }
            });
        } catch (IOException | RuntimeException e) {
            return "    (log unreadable: " + e.getMessage() + ")";
        }
        if (last.isEmpty()) {
            return "    (empty)";
        }
        StringBuilder text = new StringBuilder();
        for (String line : last) {
            text.append(text.length() == 0 ? "" : "\n").append("    | ").append(line);
        }
        return text.toString();
    }

    static boolean contains(Path log, String text) {
        try (Stream<String> lines = lines(log)) {
            return lines.anyMatch(line -> line.contains(text));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Stream<String> lines(Path log) throws IOException {
        // lenient: a server may write anything, and a line may be half written
        return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines();
    }

}
