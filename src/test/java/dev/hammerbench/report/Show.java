package dev.hammerbench.report;
public class Show { public static void main(String[] a) throws Exception {
  for (var c : java.util.List.of(SampleComparisons.seedRound(), SampleComparisons.failedRound(), SampleComparisons.hostileRound()))
    System.out.println(TextReport.render(c, SampleComparisons.HARNESS));
}}
