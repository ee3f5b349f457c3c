package dev.hammerbench.report;

import java.nio.file.Path;

/**
 * Writes the sample rounds' reports and their index, for a look in a browser or a screenshot
 * (scripts/render-html-screenshot.sh):
 * {@code java -cp target/classes:target/test-classes dev.hammerbench.report.SampleReports [root]}.
 */
public final class SampleReports {

    private SampleReports() {
    }

    public static void main(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : "target/hammerbench-sample");
        ReportFiles.write(SampleComparisons.seedRound(), root.resolve("FrameworkShootoutTest/everyServerAnswers"),
                SampleComparisons.HARNESS);
        ReportFiles.write(SampleComparisons.failedRound(), root.resolve("FailureTest/crashyServer"),
                SampleComparisons.HARNESS);
        ReportFiles.write(SampleComparisons.hostileRound(), root.resolve("HostileTest/names"),
                SampleComparisons.HARNESS);
        System.out.println(ReportIndex.update(root).toAbsolutePath());
    }
}
