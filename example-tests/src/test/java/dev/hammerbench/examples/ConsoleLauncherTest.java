package dev.hammerbench.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The JVM examples run as a user without Maven or an IDE plugin would run them: JUnit's own Console
 * Launcher ({@code junit-platform-console-standalone execute -cp ...}), which loads the test classes
 * through a class loader of its own, so {@code java.class.path} holds only the launcher's jar. The
 * {@code mainClass} servers must still start (they get the classpath of the loader that loads them),
 * and the launcher's console must show the report entry holding the comparison table.
 */
class ConsoleLauncherTest {

    @Test
    void theMethodLevelServersExampleRunsUnderTheConsoleLauncher() throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("console.launcher.jar", "target/console-launcher/junit-platform-console-standalone.jar"));
        assertThat(jar).as("the Console Launcher jar that the build copies (maven-dependency-plugin)").isRegularFile();
        Path log = Files.createTempFile(Path.of("target"), "console-launcher", ".log");
        Path reports = Files.createTempDirectory(Path.of("target"), "open-test-reporting");
        List<String> argv = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "execute",
                "--disable-banner", "--details=tree", "--disable-ansi-colors",
                "--config=junit.platform.reporting.open.xml.enabled=true",
                "--config=junit.platform.reporting.output.dir=" + reports.toAbsolutePath(),
                "-cp", userClasspath(),
                "--select-class", Example06_MethodLevelServer.class.getName()));
        Process launcher = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = launcher.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            launcher.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(ended).as("the Console Launcher ended within 3 minutes; its output:%n%s", output).isTrue();
        assertThat(output)
                .as("Console Launcher output")
                .doesNotContain("ClassNotFoundException")
                // the report entry, as the launcher's tree prints it: key = `value`
                .contains("hammerbench = `\nHammerbench round: " + Example06_MethodLevelServer.class.getSimpleName())
                .containsPattern("undertow +2000 +100\\.0 +200:2000")
                .contains("2 tests successful")
                .contains("0 tests failed");
        assertThat(launcher.exitValue()).as("exit status; output:%n%s", output).isZero();

        // Open Test Reporting keeps what Surefire drops: the report entry and the published files.
        List<Path> xml;
        try (var files = Files.list(reports)) {
            xml = files.filter(file -> file.getFileName().toString().endsWith(".xml")).collect(Collectors.toList());
        }
        assertThat(xml).as("Open Test Reporting XML files in %s", reports).hasSize(1);
        String events = Files.readString(xml.get(0), StandardCharsets.UTF_8);
        assertThat(events)
                .contains("key=\"hammerbench\"")
                .contains("Hammerbench round: " + Example06_MethodLevelServer.class.getSimpleName())
                .containsPattern("<(\\w+:)?file [^>]*path=\"[^\"]*report\\.html\"")
                .containsPattern("<(\\w+:)?file [^>]*path=\"[^\"]*results\\.json\"");
    }

    /**
     * What a user passes to {@code -cp}: the test and main classes and their dependencies, without
     * JUnit itself, which the standalone jar brings.
     */
    private static String userClasspath() {
        String surefire = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(surefire.split(File.pathSeparator))
                .filter(entry -> !entry.replace('\\', '/').contains("/org/junit/"))
                .filter(entry -> !entry.contains("opentest4j") && !entry.contains("apiguardian"))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
