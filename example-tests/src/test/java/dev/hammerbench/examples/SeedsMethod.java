package dev.hammerbench.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The seed's own method, run by {@code seed/seeds_method.py} (a Python thread per call, requests,
 * psutil, from Debian), and its figures parsed from the lines it prints.
 */
final class SeedsMethod {

    static final String SCRIPT = "seed/seeds_method.py";
    static final String HOW_TO_INSTALL = "the seed's method needs " + PythonFrameworks.PYTHON
            + " with requests and psutil; on Debian/Ubuntu: apt-get install python3-requests python3-psutil";

    /** One server's figures, as the script printed them. */
    record Figures(String name, long calls, long ok, double seconds, double startSpread, long overTimeout,
            String outcomes) {

        double successRate() {
            return calls == 0 ? 0 : (double) ok / calls;
        }
    }

    private SeedsMethod() {
    }

    /** True when the interpreter imports requests and psutil within 30 s. */
    static boolean installed() {
        try {
            Process p = new ProcessBuilder(PythonFrameworks.PYTHON, "-c", "import requests, psutil")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean ok = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            p.destroyForcibly();
            return ok;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs the script against each name=url, one after another; at most 60 s a server. */
    static List<Figures> run(int calls, double timeoutSeconds, Map<String, String> urls)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PythonFrameworks.PYTHON, SCRIPT, Integer.toString(calls),
                Double.toString(timeoutSeconds)));
        urls.forEach((name, url) -> command.add(name + "=" + url));
        Path out = Files.createTempFile("seeds-method", ".txt");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(60L * urls.size(), TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new IllegalStateException("the seed's method did not finish within " + 60 * urls.size() + " s");
            }
            String text = Files.readString(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IllegalStateException("the seed's method failed (exit " + p.exitValue() + "):\n" + text);
            }
            return parse(text);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    static List<Figures> parse(String text) {
        List<Figures> figures = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("seeds-method ")) {
                continue;
            }
            Map<String, String> kv = new LinkedHashMap<>();
            for (String field : line.substring("seeds-method ".length()).trim().split(" ")) {
                int eq = field.indexOf('=');
                kv.put(field.substring(0, eq), field.substring(eq + 1));
            }
            figures.add(new Figures(kv.get("name"), Long.parseLong(kv.get("calls")), Long.parseLong(kv.get("ok")),
                    Double.parseDouble(kv.get("seconds")), Double.parseDouble(kv.get("start_spread")),
                    Long.parseLong(kv.get("over_timeout")), kv.get("outcomes")));
        }
        return figures;
    }

    static String table(List<Figures> figures) {
        StringBuilder t = new StringBuilder("the seed's method, same servers, same minute"
                + " (a Python thread per call, requests, timeout 1 s):\n");
        t.append(String.format(Locale.ROOT, "%-10s %6s %9s %9s %13s %12s  %s%n", "server", "calls", "success",
                "seconds", "starts over s", "over timeout", "outcomes"));
        for (Figures f : figures) {
            t.append(String.format(Locale.ROOT, "%-10s %6d %8.1f%% %9.2f %13.2f %12d  %s%n", f.name(), f.calls(),
                    100 * f.successRate(), f.seconds(), f.startSpread(), f.overTimeout(), f.outcomes()));
        }
        return t.toString();
    }
}
