package dev.hammerbench.report;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.ServerResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * results.csv (RFC 4180): a header row, one row per server, then the harness row. Figures are
 * exact (bytes, milliseconds to the nanosecond); an unknown figure is an empty cell. Lines end
 * with CRLF as the RFC asks, which spreadsheet programs and Python's csv module expect.
 */
final class CsvReport implements ReportFormat {

    private static final String EOL = "\r\n";

    private final String harnessName;

    CsvReport(String harnessName) {
        this.harnessName = harnessName;
    }

    @Override
    public String fileName() {
        return "results.csv";
    }

    @Override
    public String render(Comparison comparison) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (ServerResult server : comparison.servers()) {
            Map<String, String> row = CsvRows.server(comparison, server);
            row.putAll(BaselineParts.csv(comparison, server));
            rows.add(row);
        }
        rows.add(CsvRows.harness(comparison, harnessName));
        // The harness row has fewer columns; taking names in order of first appearance keeps the servers' order.
        Set<String> header = new LinkedHashSet<>();
        rows.forEach(row -> header.addAll(row.keySet()));
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(",", header)).append(EOL);
        for (Map<String, String> row : rows) {
            List<String> cells = new ArrayList<>();
            header.forEach(name -> cells.add(field(row.get(name))));
            csv.append(String.join(",", cells)).append(EOL);
        }
        return csv.toString();
    }

    /** Quoted when it holds a comma, a quote or a line break; quotes inside are doubled. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
