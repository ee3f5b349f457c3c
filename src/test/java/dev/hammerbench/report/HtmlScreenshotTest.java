package dev.hammerbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The sample report as headless Chromium draws it, offline: the charts must come out as pixels,
 * not just as markup. Skipped where Chromium is not installed (Debian package "chromium").
 */
class HtmlScreenshotTest {

    @Test
    void chromiumDrawsTheSampleReportWithItsCharts() throws IOException, InterruptedException {
        Chromium.assumeInstalled();
        Path root = Path.of("target/hammerbench-sample");
        SampleReports.main(new String[] {root.toString()});
        Path html = root.resolve("FrameworkShootoutTest/everyServerAnswers/report.html");
        Path png = root.resolve("FrameworkShootoutTest/everyServerAnswers/report.png");

        BufferedImage image = Chromium.screenshot(html, png);
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(2000);
        // bottle's colour fills its throughput bar, its legend key and its line: far more than a few pixels.
        assertThat(pixelsOf(image, Svg.color(0))).isGreaterThan(2_000);
        assertThat(pixelsOf(image, Svg.color(1))).as("web.py's colour").isGreaterThan(2_000);
    }

    private static long pixelsOf(BufferedImage image, String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return Chromium.countPixels(image, pixel -> pixel == rgb);
    }
}
