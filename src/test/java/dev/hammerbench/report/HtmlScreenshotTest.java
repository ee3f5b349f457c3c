package dev.hammerbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The sample report as headless Chromium draws it, offline: the charts must come out as pixels,
 * not just as markup. Skipped where Chromium is not installed (Debian package "chromium").
 */
class HtmlScreenshotTest {

    private static final Path SCRIPT = Path.of("scripts/render-html-screenshot.sh");

    @Test
    void chromiumDrawsTheSampleReportWithItsCharts() throws IOException, InterruptedException {
        assumeThat(Files.isExecutable(Path.of("/usr/bin/chromium"))).as("/usr/bin/chromium installed").isTrue();
        Path root = Path.of("target/hammerbench-sample");
        SampleReports.main(new String[] {root.toString()});
        Path html = root.resolve("FrameworkShootoutTest/everyServerAnswers/report.html");
        Path png = root.resolve("FrameworkShootoutTest/everyServerAnswers/report.png");

        Process render = new ProcessBuilder("bash", SCRIPT.toString(), html.toString(), png.toString())
                .redirectErrorStream(true).start();
        String output;
        try {
            assertThat(render.waitFor(90, TimeUnit.SECONDS)).as("screenshot within 90 s").isTrue();
            output = new String(render.getInputStream().readAllBytes());
        } finally {
            render.destroyForcibly();
        }
        assertThat(render.exitValue()).as(output).isZero();

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(2000);
        // bottle's colour fills its throughput bar, its legend key and its line: far more than a few pixels.
        assertThat(pixelsOf(image, Svg.color(0))).isGreaterThan(2_000);
        assertThat(pixelsOf(image, Svg.color(1))).as("web.py's colour").isGreaterThan(2_000);
    }

    private static long pixelsOf(BufferedImage image, String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }
}
