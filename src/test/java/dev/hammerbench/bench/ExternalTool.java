package dev.hammerbench.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A load tool run as a child of bash, whose builtin {@code times} then prints the user and
 * system CPU the tool used: the same "process CPU" the engine's figure is.
 */
final class ExternalTool {

    private static final Pattern TIMES = Pattern.compile("(\\d+)m([\\d.]+)s\\s+(\\d+)m([\\d.]+)s");

    /** What one tool did: completed requests, their rate and the CPU it spent. */
    record Run(String tool, long requests, double seconds, double cpuSeconds) {
        double perSecond() {
            return requests / seconds;
        }

        double cpuMicrosPerRequest() {
            return cpuSeconds * 1e6 / requests;
        }
    }

    private ExternalTool() {
    }

    static boolean installed(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** wrk with {@code threads} threads: on 2 cores -t2 competes with the server, so both are run. */
    static Optional<Run> wrk(String url, int connections, int seconds, int threads) throws Exception {
        String out = run("wrk -t" + threads + " -c" + connections + " -d" + seconds + "s " + url, seconds);
        return parse("wrk -t" + threads, out, "(\\d+) requests in ([\\d.]+)(m?s)", 1, seconds);
    }

    static Optional<Run> ab(String url, int connections, int seconds) throws Exception {
        String out = run("ab -k -q -c " + connections + " -t " + seconds + " -n 100000000 " + url, seconds);
        return parse("ab -k", out, "Complete requests:\\s+(\\d+)", 1, seconds)
                .map(r -> new Run(r.tool(), r.requests(), doubleOf(out, "Time taken for tests:\\s+([\\d.]+)"),
                        r.cpuSeconds()));
    }

    static Optional<Run> hey(String url, int connections, int seconds) throws Exception {
        String out = run("hey -z " + seconds + "s -c " + connections + " " + url, seconds);
        long requests = 0;
        Matcher m = Pattern.compile("\\[\\d{3}]\\s+(\\d+) responses").matcher(out);
        while (m.find()) {
            requests += Long.parseLong(m.group(1));
        }
        double total = doubleOf(out, "Total:\\s+([\\d.]+) secs");
        return requests == 0 ? Optional.empty() : Optional.of(new Run("hey", requests, total, cpu(out)));
    }

    private static Optional<Run> parse(String tool, String out, String regex, int group, int seconds) {
        Matcher m = Pattern.compile(regex).matcher(out);
        if (!m.find()) {
            System.out.println(tool + " printed nothing usable:\n" + out);
            return Optional.empty();
        }
        double took = seconds;
        if (m.groupCount() >= 3) {
            took = Double.parseDouble(m.group(2)) / (m.group(3).equals("ms") ? 1000 : 1);
        }
        return Optional.of(new Run(tool, Long.parseLong(m.group(group)), took, cpu(out)));
    }

    private static double cpu(String out) {
        // bash's times prints the shell's own line, then its children's: the tool's
        List<String> lines = out.lines().filter(l -> TIMES.matcher(l).find()).toList();
        Matcher m = TIMES.matcher(lines.get(lines.size() - 1));
        m.find();
        return Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2))
                + Integer.parseInt(m.group(3)) * 60 + Double.parseDouble(m.group(4));
    }

    private static double doubleOf(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no match for " + regex + " in:\n" + out);
        }
        return Double.parseDouble(m.group(1));
    }

    private static String run(String command, int seconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-c", command + " 2>&1; times").redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(command + " did not end");
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
