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
 *       {@code publishFile} where the JUnit in use has it (5.12 on), and the run's {@code index.html}.</li>
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
        Path index = ReportIndex.update(outputRoot,
                ReportIndex.prune(context.getConfigurationParameter(ReportIndex.PRUNE_KEY)));
        Path html = files.stream().filter(f -> f.getFileName().toString().endsWith(".html")).findFirst()
                .orElse(reportDir);
        context.publishReportEntry(REPORT_KEY, html.toAbsolutePath().toString());
        out.println("Hammerbench report: " + html.toAbsolutePath().toUri() + "  (all reports: "
                + index.toAbsolutePath().toUri() + ")");
        files.forEach(file -> attach(context, file));
    }

    /** Hands a file to JUnit where this JUnit can take it; the files are on disk under the report folder anyway. */
    private static void attach(ExtensionContext context, Path file) {
        String name = file.getFileName().toString();
        String[] type = mediaType(name);
        try {
            FilePublishing.AVAILABLE.publish(context, name, type[0], type[1],
                    target -> Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING));
        } catch (JUnitException e) {
            // no output directory to copy into (EngineTestKit without one): nothing to hand over
        } catch (AbstractMethodError | NoSuchMethodError e) {
            // junit-jupiter-api newer than the engine (a build that pins one but not the other): the
            // api declares publishFile, the engine's context does not implement it
        }
    }

    /** {type, subtype}; every one is UTF-8 text. */
    private static String[] mediaType(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html")) {
            return new String[] {"text", "html"};
        }
        if (name.endsWith(".json")) {
            return new String[] {"application", "json"};
        }
        if (name.endsWith(".csv")) {
            return new String[] {"text", "csv"};
        }
        if (name.endsWith(".md")) {
            return new String[] {"text", "markdown"};
        }
        return new String[] {"text", "plain"};
    }
}
