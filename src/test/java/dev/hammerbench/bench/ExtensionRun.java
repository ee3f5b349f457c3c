package dev.hammerbench.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.HammerResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs {@link ExtensionRoundCases} through the JUnit Platform, as a test run would: launch,
 * warm-up-free counted round, measurements, tables. Its figure is what a user's table shows.
 * The round's console output is kept, not printed, so the bench's own lines stay readable.
 */
final class ExtensionRun {

    static final int CONNECTIONS = 50;

    /** The last round's console text (tables and notes). */
    static volatile String lastOutput = "";

    private ExtensionRun() {
    }

    static ExternalTool.Run run(String label, int seconds) {
        ExtensionRoundCases.last = null;
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Events tests;
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            tests = EngineTestKit.engine("junit-jupiter")
                    .configurationParameter("hammerbench.calls.scale", String.format(Locale.ROOT, "%.3f", seconds / 10.0))
                    .configurationParameter("hammerbench.output.dir", "target/bench-reports")
                    .selectors(selectClass(ExtensionRoundCases.class))
                    .execute().testEvents();
        } finally {
            System.setOut(console);
        }
        lastOutput = captured.toString(StandardCharsets.UTF_8);
        Comparison round = ExtensionRoundCases.last;
        if (tests.succeeded().count() != 1 || round == null) {
            throw new IllegalStateException("the round through the extension failed: " + tests.failed().list()
                    + "\n" + lastOutput);
        }
        HammerResult result = round.servers().get(0).hammer();
        if (result.succeeded() != result.sent()) {
            System.out.println(label + ": not every call succeeded: " + result.outcomes());
        }
        return new ExternalTool.Run(label, result.succeeded(), result.wall().toNanos() / 1e9,
                round.harness().cpuTime().toNanos() / 1e9);
    }
}
