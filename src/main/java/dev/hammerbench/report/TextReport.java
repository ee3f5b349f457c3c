package dev.hammerbench.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.ServerResult;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A round as monospace text for consoles and JUnit report entries: the speed table, the errors
 * behind it, the memory table, the targets and the plan. Tables are laid out to fit 160 columns (see
 * {@link TextTable}); every other line is cut at 160.
 */
@API(status = INTERNAL, since = "0.1")
public final class TextReport {

    private TextReport() {
    }

    /**
     * The text tables of {@code comparison}, lines separated by '\n', ending with one. The
     * harness row is named after the running JVM ("harness Java 17.0.15").
     */
    public static String render(Comparison comparison) {
        return render(comparison, Harness.name());
    }

    static String render(Comparison comparison, String harnessName) {
        List<String> lines = new ArrayList<>();
        lines.add(cut("Hammerbench round: " + Text.oneLine(comparison.title())));
        lines.add("");
        lines.add("speed");
        Table speed = SpeedTable.build(comparison, harnessName, SpeedTable.TEXT_OUTCOMES_WIDTH);
        if (comparison.rounds() > 1) {
            // "±" widens every figure past 160 columns: the latency columns get a table of their own
            List<Integer> latency = new ArrayList<>(List.of(0));
            latency.addAll(SpeedTable.LATENCY_COLUMNS);
            List<Integer> rest = new ArrayList<>();
            for (int c = 0; c < speed.columns().size(); c++) {
                if (!SpeedTable.LATENCY_COLUMNS.contains(c)) {
                    rest.add(c);
                }
            }
            lines.addAll(TextTable.render(speed.select(rest)));
            lines.add("");
            lines.add("latency");
            lines.addAll(TextTable.render(speed.select(latency)));
        } else {
            lines.addAll(TextTable.render(speed));
        }
        SpeedNotes.lines(comparison).forEach(line -> lines.addAll(wrap(line)));
        ClientBound.lines(comparison).forEach(line -> lines.addAll(wrap(line)));
        List<String> errors = ErrorLines.text(comparison);
        if (!errors.isEmpty()) {
            lines.add("errors:");
            lines.addAll(errors);
        }
        List<String> kernel = KernelLines.text(comparison);
        if (!kernel.isEmpty()) {
            lines.add("kernel (TCP counters during each server's round):");
            lines.addAll(kernel);
        }
        lines.add("");
        lines.add("memory");
        lines.addAll(TextTable.render(MemoryTable.build(comparison, harnessName)));
        lines.addAll(wrap(MemoryTable.peakNote(comparison)));
        if (!MemoryTable.cgroupNote(comparison).isEmpty()) {
            lines.addAll(wrap(MemoryTable.cgroupNote(comparison)));
        }
        BaselineParts.text(comparison).forEach(line -> lines.addAll(wrap(line)));
        lines.add("");
        lines.add("targets:");
        for (ServerResult server : comparison.servers()) {
            lines.add(cut("  " + Text.oneLine(server.server().displayName()) + ": "
                    + Text.oneLine(server.hammer().target())));
        }
        Footer.lines(comparison).forEach(line -> lines.addAll(wrap(line)));
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    /** A note or footer line: wrapped, never cut, its continuation lines indented under its text. */
    private static List<String> wrap(String line) {
        return Text.wrap(line, Text.MAX_LINE, 2 + leadingSpaces(line));
    }

    private static int leadingSpaces(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static String cut(String line) {
        return Text.ellipsize(line, Text.MAX_LINE);
    }
}
