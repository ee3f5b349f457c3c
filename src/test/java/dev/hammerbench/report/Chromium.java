package dev.hammerbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import javax.imageio.ImageIO;

/** What the screenshot tests share: headless Chromium through scripts/render-html-screenshot.sh, and pixel counts. */
final class Chromium {

    private static final Path SCRIPT = Path.of("scripts/render-html-screenshot.sh");

    private Chromium() {
    }

    /** Skips the calling test where Chromium is not installed (Debian package "chromium"). */
    static void assumeInstalled() {
        assumeThat(Files.isExecutable(Path.of("/usr/bin/chromium"))).as("/usr/bin/chromium installed").isTrue();
    }

    /** Draws the page into {@code png} (at the script's default size, or "width,height") and reads it back. */
    static BufferedImage screenshot(Path html, Path png, String... size) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of("bash", SCRIPT.toString(), html.toString(), png.toString()));
        argv.addAll(List.of(size));
        Process render = new ProcessBuilder(argv).redirectErrorStream(true).start();
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

    /** How many pixels have an RGB colour (alpha dropped) that {@code colour} accepts. */
    static long countPixels(BufferedImage image, IntPredicate colour) {
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
}
