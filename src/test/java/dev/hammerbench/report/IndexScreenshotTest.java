package dev.hammerbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The index dashboard as headless Chromium draws it, offline: every round's title as a link, the
 * earlier-run badges, and a figures table per round must come out as pixels. Skipped where Chromium
 * is not installed (Debian package "chromium").
 */
class IndexScreenshotTest {

    @Test
    void chromiumDrawsTheDashboardWithLinksBadgesAndTables() throws IOException, InterruptedException {
        Chromium.assumeInstalled();
        Path root = Path.of("target/hammerbench-index-sample");
        SampleReports.main(new String[] {root.toString()});
        // the same rounds, once as this run's and once as an earlier run's
        BufferedImage current = render(ReportIndex.update(root, SampleComparisons.START.minusSeconds(1)), "current");
        BufferedImage earlier = render(ReportIndex.update(root, SampleComparisons.START.plusSeconds(3600)), "earlier");

        assertThat(current.getWidth()).isEqualTo(1280);
        assertThat(Chromium.countPixels(current, IndexScreenshotTest::bluish)).as("link-blue pixels (titles, format links)")
                .isGreaterThan(2_000);
        assertThat(rowsWithDarkText(current)).as("pixel rows with text: three rounds with their tables")
                .isGreaterThan(150);
        // three 'earlier run' badges, each a light grey box of about 80 x 16 pixels
        assertThat(Chromium.countPixels(earlier, IndexScreenshotTest::lightGrey) - Chromium.countPixels(current, IndexScreenshotTest::lightGrey))
                .as("light grey pixels the earlier-run badges add").isGreaterThan(1_500);
    }

    private static BufferedImage render(Path index, String name) throws IOException, InterruptedException {
        return Chromium.screenshot(index, index.resolveSibling("index-" + name + ".png"), "1280,1400");
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
