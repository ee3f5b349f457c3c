package dev.hammerbench.report;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.Estimate;
import dev.hammerbench.result.Sensitivity;
import dev.hammerbench.result.ServerResult;
import dev.hammerbench.result.Shift;
import dev.hammerbench.result.SpeedFigures;
import dev.hammerbench.result.Trend;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * A server's figures over rounds in full, for results.csv and results.json: every round's value,
 * the median, the interval and its coverage, the coefficient of variation; and the relative
 * verdict's test. Written only for rounds &gt; 1, so a single round's files keep their shape.
 */
final class RoundFigures {

    private RoundFigures() {
    }

    /** Figure name (as CSV and JSON name it) to its estimate; a figure nobody measured is absent. */
    static Map<String, Estimate> of(ServerResult server) {
        SpeedFigures speed = server.speed();
        Map<String, Estimate> figures = new LinkedHashMap<>();
        figures.put("throughput_per_s", speed.throughput());
        figures.put("seconds_per_call", speed.secondsPerCall());
        speed.p50().ifPresent(e -> figures.put("latency_p50_s", e));
        speed.p90().ifPresent(e -> figures.put("latency_p90_s", e));
        speed.p99().ifPresent(e -> figures.put("latency_p99_s", e));
        speed.max().ifPresent(e -> figures.put("latency_max_s", e));
        speed.cpuMillisPer1000Calls().ifPresent(e -> figures.put("cpu_ms_per_1000_calls", e));
        return figures;
    }

    static void csv(Map<String, String> row, Comparison comparison, ServerResult server) {
        if (comparison.rounds() < 2) {
            return;
        }
        row.put("rounds", Integer.toString(server.perRound().size()));
        of(server).forEach((name, e) -> {
            row.put(name + "_rounds", e.values().stream().map(Numbers::decimal).collect(Collectors.joining(";")));
            row.put(name + "_median", Numbers.decimal(e.median()));
            row.put(name + "_ci_low", Numbers.decimal(e.low()));
            row.put(name + "_ci_high", Numbers.decimal(e.high()));
            row.put(name + "_ci_coverage", Numbers.decimal(e.coverage()));
            row.put(name + "_cv", Numbers.decimal(e.coefficientOfVariation()));
        });
        Trend trend = Trend.of(server.speed().throughput().values());
        row.put("throughput_trend_rho", Numbers.decimal(trend.rho()));
        row.put("throughput_trend_p_value", Numbers.decimal(trend.pValue()));
        row.put("throughput_trend_change", Numbers.decimal(trend.change()));
        row.put("throughput_trend_notable", Boolean.toString(trend.notable()));
        Optional<Shift> shift = Relative.shift(comparison, server);
        row.put("slower_by_ci_low", shift.map(s -> Numbers.decimal(s.low())).orElse(null));
        row.put("slower_by_ci_high", shift.map(s -> Numbers.decimal(s.high())).orElse(null));
        row.put("slower_by_ci_coverage", shift.map(s -> Numbers.decimal(s.coverage())).orElse(null));
        row.put("slower_p_value", shift.map(s -> Numbers.decimal(s.pValue())).orElse(null));
        row.put("slower_test", shift.isPresent() ? Shift.TEST : null);
    }

    static void json(JsonWriter json, Comparison comparison, ServerResult server) {
        if (comparison.rounds() < 2) {
            return;
        }
        json.name("rounds").value(server.perRound().size());
        json.name("figures").beginObject();
        of(server).forEach((name, e) -> {
            json.name(camel(name)).beginObject().name("values").beginArray();
            e.values().forEach(v -> json.number(Numbers.decimal(v)));
            json.endArray()
                    .name("median").number(Numbers.decimal(e.median()))
                    .name("ciLow").number(Numbers.decimal(e.low()))
                    .name("ciHigh").number(Numbers.decimal(e.high()))
                    .name("ciCoverage").number(Numbers.decimal(e.coverage()))
                    .name("coefficientOfVariation").number(Numbers.decimal(e.coefficientOfVariation()))
                    .endObject();
        });
        json.endObject();
        Trend trend = Trend.of(server.speed().throughput().values());
        json.name("throughputTrend").beginObject()
                .name("rho").number(Numbers.decimal(trend.rho()))
                .name("pValue").number(Numbers.decimal(trend.pValue()))
                .name("change").number(Numbers.decimal(trend.change()))
                .name("notable").value(trend.notable())
                .name("test").value(Trend.TEST)
                .endObject();
        Optional<Shift> shift = Relative.shift(comparison, server);
        json.name("slowerThanFastest");
        if (shift.isEmpty()) {
            json.nullValue();
            return;
        }
        Shift s = shift.get();
        json.beginObject()
                .name("ratio").number(Numbers.decimal(s.ratio()))
                .name("ciLow").number(Numbers.decimal(s.low()))
                .name("ciHigh").number(Numbers.decimal(s.high()))
                .name("ciCoverage").number(Numbers.decimal(s.coverage()))
                .name("pValue").number(Numbers.decimal(s.pValue()))
                .name("significant").value(s.significant())
                .name("test").value(Shift.TEST);
        Optional<Sensitivity> sensitivity = Relative.sensitivity(comparison, server);
        json.name("detectableRatio").number(Numbers.decimal(sensitivity.map(Sensitivity::detectableRatio)
                        .orElse(OptionalDouble.empty())))
                .name("repeatChance").number(Numbers.decimal(sensitivity.map(Sensitivity::repeatChance)
                        .orElse(OptionalDouble.empty())))
                .endObject();
    }

    /** "latency_p50_s" -> "latencyP50S". */
    private static String camel(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
