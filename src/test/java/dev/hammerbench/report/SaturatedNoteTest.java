package dev.hammerbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.ServerResult;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The "saturated" note: a machine whose CPUs were all busy while a server was hammered. */
class SaturatedNoteTest {

    @Test
    void namesEveryServerDuringWhoseCallsTheMachineWasFull() {
        Comparison comparison = withBusy(SampleComparisons.roundsRound(1), 0.97, 0.50, 0.90);

        String text = TextReport.render(comparison, SampleComparisons.HARNESS);
        String md = new MarkdownReport(SampleComparisons.HARNESS).render(comparison);

        assertThat(md).contains("saturated: the machine's CPUs were 90 % busy or more during the counted calls of fast (97 %,"
                + " its own CPU ").contains(", slow (90 %, its own CPU ").doesNotContain("twin (");
        assertThat(md).contains("there req/s is where the server and the harness (").contains("ran out of CPU together");
        assertThat(text).contains("saturated: the machine's CPUs were 90 % busy or more");
        assertThat(new HtmlReport(SampleComparisons.HARNESS).render(comparison)).contains(">saturated: the machine&#39;s CPUs were 90 % busy");
    }

    @Test
    void jsonAndCsvCarryTheShares() {
        Comparison comparison = withBusy(SampleComparisons.roundsRound(1), 0.97, 0.50, 0.90);

        assertThat(new JsonReport(SampleComparisons.HARNESS).render(comparison)).contains("\"machineBusyShare\": 0.97");
        String csv = new CsvReport(SampleComparisons.HARNESS).render(comparison);
        List<String> header = java.util.Arrays.asList(csv.split("\r\n")[0].split(","));
        List<String> twin = java.util.Arrays.asList(csv.split("\r\n")[2].split(","));
        assertThat(twin.get(header.indexOf("machine_busy_share"))).isEqualTo("0.5");
    }

    @Test
    void aMachineWithRoomOrNoReadingSaysNothing() {
        assertThat(TextReport.render(withBusy(SampleComparisons.roundsRound(1), 0.89, 0.2, 0.0), SampleComparisons.HARNESS))
                .doesNotContain("saturated:");
        assertThat(TextReport.render(SampleComparisons.roundsRound(5), SampleComparisons.HARNESS)).doesNotContain("saturated:");
    }

    @Test
    void overRoundsTheShareIsTheMedianOfTheRoundsThatHaveOne() {
        List<ServerResult> rounds = SampleComparisons.roundsRound(5).servers().get(0).rounds();
        double[] busy = {0.9, Double.NaN, 0.5, 0.7, 0.6};
        List<ServerResult> marked = new java.util.ArrayList<>();
        for (int i = 0; i < rounds.size(); i++) {
            marked.add(busy(rounds.get(i), Double.isNaN(busy[i]) ? OptionalDouble.empty() : OptionalDouble.of(busy[i])));
        }

        assertThat(ServerResult.overRounds(marked, marked.get(0).before(), marked.get(4).after()).machineBusyShare())
                .as("0.5, 0.6, 0.7, 0.9: the unknown round left out").hasValueCloseTo(0.65, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(ServerResult.overRounds(marked.subList(0, 3), Optional.empty(), Optional.empty()).machineBusyShare())
                .hasValue(0.7);
        assertThat(ServerResult.overRounds(List.of(marked.get(1), marked.get(1)), Optional.empty(), Optional.empty())
                .machineBusyShare()).isEmpty();
    }

    private static ServerResult busy(ServerResult s, OptionalDouble busy) {
        return new ServerResult(s.server(), s.hammer(), s.before(), s.after(), s.peakRss(), s.cpuTime(),
                s.memoryOverTime(), s.peakSource(), s.rounds(), s.othersCpuShare(), s.kernel(), busy);
    }

    private static Comparison withBusy(Comparison comparison, double... busy) {
        List<ServerResult> servers = new java.util.ArrayList<>();
        for (int i = 0; i < comparison.servers().size(); i++) {
            ServerResult s = comparison.servers().get(i);
            servers.add(new ServerResult(s.server(), s.hammer(), s.before(), s.after(), s.peakRss(), s.cpuTime(),
                    s.memoryOverTime(), s.peakSource(), s.rounds(), s.othersCpuShare(), s.kernel(), OptionalDouble.of(busy[i])));
        }
        return new Comparison(comparison.title(), comparison.plan(), comparison.parallel(), comparison.settle(),
                comparison.startedAt(), comparison.totalTime(), servers, comparison.harness(), comparison.waited());
    }
}
