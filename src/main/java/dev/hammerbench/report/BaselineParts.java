package dev.hammerbench.report;

import dev.hammerbench.result.BaselineCheck;
import dev.hammerbench.result.BaselineDelta;
import dev.hammerbench.result.BaselineFigures;
import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.ServerResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** The "vs baseline" section in each report format; every method renders nothing for a round without a baseline. */
final class BaselineParts {

    private static final double MIB = 1024.0 * 1024.0;

    private BaselineParts() {
    }

    static List<String> text(Comparison comparison) {
        List<String> lines = new ArrayList<>();
        Optional<BaselineCheck> check = BaselineTable.check(comparison);
        List<String> notes = BaselineTable.notes(comparison);
        if (check.isEmpty() && notes.isEmpty()) {
            return lines;
        }
        lines.add("");
        lines.add("vs baseline");
        check.ifPresent(c -> lines.addAll(TextTable.render(BaselineTable.build(comparison, c))));
        lines.addAll(notes);
        return lines;
    }

    static String markdown(Comparison comparison) {
        Optional<BaselineCheck> check = BaselineTable.check(comparison);
        List<String> notes = BaselineTable.notes(comparison);
        if (check.isEmpty() && notes.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("## vs baseline\n\n");
        check.ifPresent(c -> md.append(MarkdownTable.render(BaselineTable.build(comparison, c))).append('\n'));
        notes.forEach(note -> md.append(MarkdownTable.escape(note.strip())).append("\n\n"));
        return md.toString();
    }

    /** The table, and baseline and now side by side: throughput, p99 and RSS after as bar pairs. */
    static String html(Comparison comparison) {
        Optional<BaselineCheck> found = BaselineTable.check(comparison);
        List<String> notes = BaselineTable.notes(comparison);
        if (found.isEmpty() && notes.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<h2>vs baseline</h2>\n");
        for (String note : notes) {
            html.append("<p class=\"").append(note.startsWith("NOT COMPARABLE") ? "note" : "meta").append("\">")
                    .append(Html.escape(note)).append("</p>\n");
        }
        if (found.isEmpty()) {
            return html.toString();
        }
        BaselineCheck check = found.get();
        html.append(HtmlTable.render(BaselineTable.build(comparison, check)));
        List<String> names = new ArrayList<>();
        List<double[]> rate = new ArrayList<>();
        List<double[]> p99 = new ArrayList<>();
        List<double[]> rss = new ArrayList<>();
        for (ServerResult server : comparison.servers()) {
            Optional<BaselineFigures> then = check.server(server.name());
            if (then.isEmpty()) {
                continue;
            }
            BaselineFigures now = BaselineFigures.of(server);
            names.add(server.server().displayName());
            rate.add(pair(then.get().throughput(), now.throughput(), 1));
            p99.add(pair(then.get().p99(), now.p99(), 1000));
            rss.add(new double[] {mib(then.get().rssAfter()), mib(now.rssAfter())});
        }
        if (!names.isEmpty()) {
            html.append("<h3>Throughput, baseline and now (req/s)</h3>\n").append(chart("throughput", names, rate, "%.0f"))
                    .append("<h3>p99 latency, baseline and now (ms)</h3>\n").append(chart("p99 latency", names, p99, "%.2f"))
                    .append("<h3>RSS after, baseline and now (MiB)</h3>\n").append(chart("RSS after", names, rss, "%.1f"));
        }
        return html.toString();
    }

    /** Columns for results.csv: the change in percent of each figure, and whether it was judged more than noise. */
    static Map<String, String> csv(Comparison comparison, ServerResult server) {
        Map<String, String> row = new LinkedHashMap<>();
        Optional<BaselineCheck> check = BaselineTable.check(comparison);
        Optional<BaselineFigures> then = check.flatMap(c -> c.server(server.name()));
        if (then.isEmpty()) {
            return row;
        }
        BaselineFigures now = BaselineFigures.of(server);
        row.put("vsBaselineComparable", Boolean.toString(check.get().comparable()));
        speedCsv(row, "Throughput", then.get().throughput(), now.throughput());
        speedCsv(row, "P50", then.get().p50(), now.p50());
        speedCsv(row, "P90", then.get().p90(), now.p90());
        speedCsv(row, "P99", then.get().p99(), now.p99());
        OptionalLong base = then.get().rssAfter();
        row.put("vsBaselineRssAfterBytes", base.isPresent() && now.rssAfter().isPresent()
                ? Long.toString(now.rssAfter().getAsLong() - base.getAsLong()) : "");
        return row;
    }

    private static void speedCsv(Map<String, String> row, String figure, List<Double> base, List<Double> now) {
        Optional<BaselineDelta> delta = base.isEmpty() || now.isEmpty() ? Optional.empty()
                : Optional.of(BaselineDelta.of(base, now));
        row.put("vsBaseline" + figure + "Percent", delta.map(d -> Numbers.decimal(d.changePercent())).orElse(""));
        row.put("vsBaseline" + figure + "MarginPercent",
                delta.flatMap(BaselineDelta::shift).map(s -> Numbers.decimal(s.margin() * 100)).orElse(""));
        row.put("vsBaseline" + figure + "Significant",
                delta.flatMap(BaselineDelta::shift).map(s -> Boolean.toString(s.significant())).orElse(""));
    }

    private static double[] pair(List<Double> base, List<Double> now, double factor) {
        return new double[] {base.isEmpty() ? Double.NaN : dev.hammerbench.result.Estimate.of(base).median() * factor,
            now.isEmpty() ? Double.NaN : dev.hammerbench.result.Estimate.of(now).median() * factor};
    }

    private static double mib(OptionalLong bytes) {
        return bytes.isPresent() ? bytes.getAsLong() / MIB : Double.NaN;
    }

    private static String chart(String what, List<String> names, List<double[]> values, String pattern) {
        String[][] labels = values.stream().map(pair -> new String[] {label(pair[0], pattern), label(pair[1], pattern)})
                .toArray(String[][]::new);
        return new BarChart(what + ", baseline and now, by server", names, List.of("baseline", "now"),
                values.toArray(double[][]::new), labels).render();
    }

    private static String label(double value, String pattern) {
        return Double.isNaN(value) ? Units.UNKNOWN : Units.format(pattern, value);
    }

    /** results.json's "baseline": null without one, else the file, comparability and every server's changes. */
    static void json(JsonWriter json, Comparison comparison) {
        Optional<BaselineCheck> found = BaselineTable.check(comparison);
        if (found.isEmpty()) {
            json.nullValue();
            return;
        }
        BaselineCheck check = found.get();
        json.beginObject().name("file").value(check.file()).name("comparable").value(check.comparable())
                .name("differences").beginArray();
        check.differences().forEach(json::value);
        json.endArray().name("servers").beginArray();
        for (ServerResult server : comparison.servers()) {
            json.beginObject().name("name").value(server.name());
            csv(comparison, server).forEach((key, value) -> {
                String name = Character.toLowerCase(key.charAt("vsBaseline".length())) + key.substring("vsBaseline".length() + 1);
                if (value.isEmpty()) {
                    json.name(name).nullValue();
                } else if (value.equals("true") || value.equals("false")) {
                    json.name(name).value(Boolean.parseBoolean(value));
                } else {
                    json.name(name).number(value);
                }
            });
            json.endObject();
        }
        json.endArray().endObject();
    }
}
