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
 * The index dashboard as headless Chromium draws it, offline: every round's title as a link, the
 * earlier-run badges, and a figures table per round must come out as pixels. Skipped where Chromium
 * is not installed (Debian package "chromium").
 */
class IndexScreenshotTest {

    private static final Path SCRIPT = Path.of("scripts/render-html-screenshot.sh");

    @Test
    void chromiumDrawsTheDashboardWithLinksBadgesAndTables() throws IOException, InterruptedException {
        assumeThat(Files.isExecutable(Path.of("/usr/bin/chromium"))).as("/usr/bin/chromium installed").isTrue();
        Path root = Path.of("target/hammerbench-index-sample");
        SampleReports.main(new String[] {root.toString()});
        // the same rounds, once as this run's and once as an earlier run's
        BufferedImage current = render(ReportIndex.update(root, SampleComparisons.START.minusSeconds(1)), "current");
        BufferedImage earlier = render(ReportIndex.update(root, SampleComparisons.START.plusSeconds(3600)), "earlier");

        assertThat(current.getWidth()).isEqualTo(1280);
        assertThat(countPixels(current, IndexScreenshotTest::bluish)).as("link-blue pixels (titles, format links)")
                .isGreaterThan(2_000);
        assertThat(rowsWithDarkText(current)).as("pixel rows with text: three rounds with their tables")
                .isGreaterThan(150);
        // three 'earlier run' badges, each a light grey box of about 80 x 16 pixels
        assertThat(countPixels(earlier, IndexScreenshotTest::lightGrey) - countPixels(current, IndexScreenshotTest::lightGrey))
                .as("light grey pixels the earlier-run badges add").isGreaterThan(1_500);
    }

    private static BufferedImage render(Path index, String name) throws IOException, InterruptedException {
        Path png = index.resolveSibling("index-" + name + ".png");
        Process render = new ProcessBuilder("bash", SCRIPT.toString(), index.toString(), png.toString(), "1280,1400")
                .redirectErrorStream(true).start();
        String output;
        try {
            assertThat(render.waitFor(90, TimeUnit.SECONDS)).as("screenshot within 90 s").isTrue();
            output = new String(render.getInputStream().readAllBytes());
        } finally {
            render.destroyForcibly();
        }
        assertThat(render.exitValue()).as(output).isZero();
        return ImageIO.read(png.toFile());
    }

    private static boolean bluish(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return b - r > 50 && b - g > 30;
    }

    private static boolean lightGrey(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return r == g && g == b && r >= 225 && r <= 250;
    }

    private static long countPixels(BufferedImage image, java.util.function.IntPredicate colour) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (colour.test(image.getRGB(x, y) & 0xffffff)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int rowsWithDarkText(BufferedImage image) {
        int rows = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (((image.getRGB(x, y) >> 8) & 0xff) < 80) {
                    rows++;
                    break;
                }
            }
        }
        return rows;
    }
}
