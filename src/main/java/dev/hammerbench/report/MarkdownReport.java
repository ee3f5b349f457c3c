package dev.hammerbench.report;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.ServerResult;
import java.util.ArrayList;
import java.util.List;

/** report.md: the text report's tables as Markdown, with the outcome lists and error messages in full. */
final class MarkdownReport implements ReportFormat {

    private final String harnessName;

    MarkdownReport(String harnessName) {
        this.harnessName = harnessName;
    }

    @Override
    public String fileName() {
        return "report.md";
    }

    @Override
    public String render(Comparison comparison) {
        StringBuilder md = new StringBuilder();
        md.append("# Hammerbench round: ").append(MarkdownTable.escape(comparison.title())).append("\n\n");
        md.append("## Speed\n\n");
        md.append(MarkdownTable.render(SpeedTable.build(comparison, harnessName, Integer.MAX_VALUE))).append('\n');
        for (String note : SpeedNotes.lines(comparison)) {
            md.append(MarkdownTable.escape(note)).append("\n\n");
        }
        for (String line : ClientBound.lines(comparison)) {
            md.append(MarkdownTable.escape(line)).append("\n\n");
        }
        List<ErrorLines.ErrorLine> errors = ErrorLines.of(comparison);
        if (!errors.isEmpty()) {
            md.append("### Errors\n\n").append(MarkdownTable.render(errorTable(errors, Integer.MAX_VALUE))).append('\n');
        }
        List<KernelLines.KernelLine> kernel = KernelLines.of(comparison);
        if (!kernel.isEmpty()) {
            md.append("### Kernel evidence\n\n").append(MarkdownTable.render(KernelLines.table(kernel))).append('\n');
        }
        md.append("## Memory\n\n");
        md.append(MarkdownTable.render(MemoryTable.build(comparison, harnessName))).append('\n');
        md.append(MemoryTable.note(comparison)).append("\n\n");
        md.append(BaselineParts.markdown(comparison));
        md.append("## Round\n\n");
        md.append(MarkdownTable.render(targetTable(comparison))).append('\n');
        for (String line : Footer.lines(comparison)) {
            md.append("- ").append(MarkdownTable.escape(line)).append('\n');
        }
        return md.toString();
    }

    /** @param sampleWidth the longest a sample message may be ({@link Integer#MAX_VALUE}: whole) */
    static Table errorTable(List<ErrorLines.ErrorLine> errors, int sampleWidth) {
        List<List<String>> rows = new ArrayList<>();
        errors.forEach(e -> rows.add(List.of(e.server(), e.outcome(), Long.toString(e.count()),
                Text.ellipsize(e.sample(), sampleWidth))));
        return new Table(List.of(Table.Column.text("server", 24), Table.Column.text("error", 40),
                Table.Column.number("calls", 9), Table.Column.text("sample message", 80)), rows);
    }

    static Table targetTable(Comparison comparison) {
        List<List<String>> rows = new ArrayList<>();
        for (ServerResult server : comparison.servers()) {
            rows.add(List.of(server.server().displayName(), server.hammer().target(),
                    server.server().logFile().map(Object::toString).orElse(Units.UNKNOWN)));
        }
        return new Table(List.of(Table.Column.text("server", 24), Table.Column.text("target", 80),
                Table.Column.text("log", 80)), rows);
    }
}
