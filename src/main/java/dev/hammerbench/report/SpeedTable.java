package dev.hammerbench.report;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.HarnessResult;
import dev.hammerbench.result.LatencySummary;
import dev.hammerbench.result.ServerResult;
import dev.hammerbench.result.SpeedFigures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** How each server took the load: one row per server, then the harness (what the load cost the test JVM). */
final class SpeedTable {

    /** Width of the outcomes cell in text, where the whole line must stay within 160 columns. */
    static final int TEXT_OUTCOMES_WIDTH = 32;

    private SpeedTable() {
    }

    /** @param outcomesWidth the widest the outcomes cell may be ({@link Integer#MAX_VALUE}: all of them) */
    static Table build(Comparison comparison, String harnessName, int outcomesWidth) {
        List<Table.Column> columns = List.of(
                Table.Column.text("server", 24),
                Table.Column.number("calls", 9),
                Table.Column.number("ok %", 6),
                Table.Column.text("outcomes", TEXT_OUTCOMES_WIDTH),
                Table.Column.number("req/s", 13),
                Table.Column.number("time/call", 15),
                Table.Column.number("p50", 15),
                Table.Column.number("p90", 15),
                Table.Column.number("p99", 15),
                Table.Column.number("max", 15),
                Table.Column.number("CPU ms/1k", 13),
                Table.Column.whole("relative"));
        List<List<String>> rows = new ArrayList<>();
        for (ServerResult server : comparison.servers()) {
            rows.add(row(comparison, server, outcomesWidth));
        }
        rows.add(harnessRow(comparison, harnessName));
        return new Table(columns, rows);
    }

    /** The latency columns (p50 .. max), which text sets in a table of their own when rounds widen the cells. */
    static final List<Integer> LATENCY_COLUMNS = List.of(6, 7, 8, 9);

    private static List<String> row(Comparison comparison, ServerResult server, int outcomesWidth) {
        var hammer = server.hammer();
        if (server.perRound().size() > 1) {
            SpeedFigures speed = server.speed();
            return List.of(
                    server.server().displayName(),
                    Long.toString(hammer.sent()),
                    Units.percent(hammer.successRate()),
                    OutcomeText.compact(hammer.outcomes(), outcomesWidth),
                    EstimateCells.rate(speed.throughput()),
                    EstimateCells.seconds(speed.secondsPerCall()),
                    EstimateCells.seconds(speed.p50()),
                    EstimateCells.seconds(speed.p90()),
                    EstimateCells.seconds(speed.p99()),
                    EstimateCells.seconds(speed.max()),
                    EstimateCells.oneDecimal(speed.cpuMillisPer1000Calls()),
                    Relative.speed(comparison, server));
        }
        LatencySummary latency = hammer.latency();
        return List.of(
                server.server().displayName(),
                Long.toString(hammer.sent()),
                Units.percent(hammer.successRate()),
                OutcomeText.compact(hammer.outcomes(), outcomesWidth),
                Units.rate(hammer.throughput()),
                Units.seconds(hammer.secondsPerCall()),
                latencyCell(latency, latency.p50()),
                latencyCell(latency, latency.p90()),
                latencyCell(latency, latency.p99()),
                latencyCell(latency, latency.max()),
                Units.oneDecimal(server.cpuMillisPer1000Calls()),
                Relative.speed(comparison, server));
    }

    /** No response, no latency: "-" rather than a 0 that would read as infinitely fast. */
    private static String latencyCell(LatencySummary latency, Duration value) {
        return latency.count() == 0 ? Units.UNKNOWN : Units.duration(value);
    }

    private static List<String> harnessRow(Comparison comparison, String harnessName) {
        String dash = Units.UNKNOWN;
        return List.of(harnessName, Long.toString(totalSent(comparison)), dash, dash, dash, dash, dash, dash, dash,
                dash, Units.oneDecimal(harnessCpuPer1000Calls(comparison)), dash);
    }

    static long totalSent(Comparison comparison) {
        return comparison.servers().stream().mapToLong(s -> s.hammer().sent()).sum();
    }

    /** The load engine's own cost: the harness JVM's CPU over every call of the round. */
    static OptionalDouble harnessCpuPer1000Calls(Comparison comparison) {
        HarnessResult harness = comparison.harness();
        long sent = totalSent(comparison);
        if (harness == null || harness.cpuTime() == null || sent == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(harness.cpuTime().toNanos() / 1e6 * 1000.0 / sent);
    }
}
