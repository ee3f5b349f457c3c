package dev.hammerbench.junit;

import dev.hammerbench.report.ReportFiles;
import dev.hammerbench.report.ReportIndex;
import dev.hammerbench.report.TextReport;
import dev.hammerbench.result.Comparison;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.MediaType;
import org.junit.platform.commons.JUnitException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Publishes a round through every channel a developer looks at, all from one rendering:
 * <ul>
 *   <li>a report entry (IntelliJ shows a value starting with a newline as a block; Eclipse, VS Code
 *       and Gradle print entries; Open Test Reporting records them);</li>
 *   <li>stdout while the test runs: Maven Surefire drops report entries but keeps a test's output
 *       in its console and in that testcase's {@code <system-out>} in TEST-*.xml;</li>
 *   <li>files under {@code target/hammerbench/<TestClass>/<method>/}, also handed to
 *       {@code publishFile}, and the run's {@code index.html}.</li>
 * </ul>
 */
final class Publisher {

    static final String ENTRY_KEY = "hammerbench";
    static final String REPORT_KEY = "hammerbench.report";

    private Publisher() {
    }

    static void publish(Comparison comparison, ExtensionContext context, Path reportDir, Path outputRoot) {
        String text = TextReport.render(comparison);
        PrintStream out = System.out;
        out.println();
        out.println(text);
        out.flush();
        context.publishReportEntry(ENTRY_KEY, "\n" + text);
        List<Path> files = ReportFiles.write(comparison, reportDir);
        Path index = ReportIndex.update(outputRoot);
        Path html = files.stream().filter(f -> f.getFileName().toString().endsWith(".html")).findFirst()
                .orElse(reportDir);
        context.publishReportEntry(REPORT_KEY, html.toAbsolutePath().toString());
        out.println("Hammerbench report: " + html.toAbsolutePath().toUri() + "  (all reports: "
                + index.toAbsolutePath().toUri() + ")");
        files.forEach(file -> attach(context, file));
    }

    /** Hands a file to JUnit; a platform without an output directory provider just does not get it. */
    private static void attach(ExtensionContext context, Path file) {
        try {
            context.publishFile(file.getFileName().toString(), mediaType(file),
                    target -> Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING));
        } catch (JUnitException | NoSuchMethodError e) {
            // no output directory (EngineTestKit without a creator), or a JUnit before 5.12: the files are on disk
            // under target/hammerbench anyway
        }
    }

    private static MediaType mediaType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html")) {
            return MediaType.create("text", "html", java.nio.charset.StandardCharsets.UTF_8);
        }
        if (name.endsWith(".json")) {
            return MediaType.APPLICATION_JSON;
        }
        if (name.endsWith(".csv")) {
            return MediaType.create("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
        }
        if (name.endsWith(".md")) {
            return MediaType.create("text", "markdown", java.nio.charset.StandardCharsets.UTF_8);
        }
        return MediaType.TEXT_PLAIN_UTF_8;
    }
}
