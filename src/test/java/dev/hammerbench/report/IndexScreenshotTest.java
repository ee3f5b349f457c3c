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
    /** The colours IndexPage gives links and the earlier-run badge. */
    private static final int LINK = 0x1f5fbf;
    private static final int BADGE = 0xeeeeee;

    @Test
    void chromiumDrawsTheDashboardWithLinksBadgesAndTables() throws IOException, InterruptedException {
        assumeThat(Files.isExecutable(Path.of("/usr/bin/chromium"))).as("/usr/bin/chromium installed").isTrue();
        Path root = Path.of("target/hammerbench-index-sample");
        SampleReports.main(new String[] {root.toString()});
        // every sample round started before this "run", so each gets the badge
        Path index = ReportIndex.update(root, SampleComparisons.START.plusSeconds(3600));
        Path png = root.resolve("index.png");

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

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(pixelsOf(image, LINK)).as("link-coloured pixels (round titles)").isGreaterThan(200);
        assertThat(pixelsOf(image, BADGE)).as("badge-coloured pixels (three 'earlier run' marks)").isGreaterThan(600);
        assertThat(rowsWithDarkText(image)).as("rows of text: three rounds with their tables").isGreaterThan(150);
    }

    private static long pixelsOf(BufferedImage image, int rgb) {
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
