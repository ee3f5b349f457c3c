package dev.hammerbench.assertj;

import static dev.hammerbench.assertj.Results.MIB;
import static dev.hammerbench.assertj.Results.message;
import static dev.hammerbench.assertj.Results.server;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import dev.hammerbench.result.ServerResult;

class MemoryAssertTest {

    /** RSS 40 MiB before, 42 MiB after (+5 %, +2 MiB), peak 45 MiB. */
    private final ServerResult jetty = server("jetty").build();

    private final ServerResult external = server("nginx").external().build();

    @Test
    void growthInPercentIsStrict() {
        assertThatNoException().isThrownBy(() -> HammerAssertions.assertThat(jetty).memory().growsLessThanPercent(5.01));
        assertThatThrownBy(() -> HammerAssertions.assertThat(jetty).memory().growsLessThanPercent(5))
                .isInstanceOf(AssertionError.class)
                .hasMessage(message("Expecting actual:", "  RSS growth of server \"jetty\"",
                        "to be less than:", "  5 %",
                        "but was:", "  5 %",
                        "RSS before -> after:", "  40 MiB -> 42 MiB"));
    }

    @Test
    void growthInMiB() {
        assertThatNoException().isThrownBy(() -> HammerAssertions.assertThat(jetty).memory().growsLessThanMiB(2.5));
        assertThatThrownBy(() -> HammerAssertions.assertThat(jetty).memory().growsLessThanMiB(1.5))
                .hasMessage(message("Expecting actual:", "  RSS growth of server \"jetty\"",
                        "to be less than:", "  1.5 MiB",
                        "but was:", "  2 MiB (2097152 bytes)",
                        "RSS before -> after:", "  40 MiB -> 42 MiB"));
    }

    @Test
    void shrinkingPassesEveryGrowthLimit() {
        ServerResult shrunk = server("gc").rss(50 * MIB, 45 * MIB).build();
        assertThatNoException().isThrownBy(() -> HammerAssertions.assertThat(shrunk).memory()
                .growsLessThanPercent(0.1).growsLessThanMiB(0.1));
    }

    @Test
    void peak() {
        assertThatNoException().isThrownBy(() -> HammerAssertions.assertThat(jetty).memory().peaksLessThanMiB(46));
        assertThatThrownBy(() -> HammerAssertions.assertThat(jetty).memory().peaksLessThanMiB(45))
                .hasMessage(message("Expecting actual:", "  peak RSS during the load of server \"jetty\"",
                        "to be less than:", "  45 MiB",
                        "but was:", "  45 MiB (47185920 bytes)"));
        ServerResult noPeak = server("mac").peak(OptionalLong.empty()).build();
        assertThatThrownBy(() -> HammerAssertions.assertThat(noPeak).memory().peaksLessThanMiB(1000))
                .hasMessageEndingWith("but was not measured in this round (the platform did not report a peak)");
    }

    @Test
    void rssAfter() {
        assertThatNoException().isThrownBy(() -> HammerAssertions.assertThat(jetty).memory().rssAfterLessThanMiB(42.01));
        assertThatThrownBy(() -> HammerAssertions.assertThat(jetty).memory().rssAfterLessThanMiB(41.99))
                .hasMessage(message("Expecting actual:", "  RSS after the load of server \"jetty\"",
                        "to be less than:", "  41.99 MiB",
                        "but was:", "  42 MiB (44040192 bytes)"));
    }

    @Test
    void aServerNobodyLaunchedFailsEveryCheckSayingWhy() {
        String why = "but memory was not measured: server \"nginx\" was not launched by @LaunchServer"
                + " (it is the URL http://127.0.0.1:8080/nginx), so there is no process to measure";
        assertThatThrownBy(() -> HammerAssertions.assertThat(external).memory().growsLessThanPercent(10))
                .hasMessage(message("Expecting actual:", "  RSS growth of server \"nginx\"", "to be less than:", "  10 %", why));
        assertThatThrownBy(() -> HammerAssertions.assertThat(external).memory().growsLessThanMiB(10)).hasMessageEndingWith(why);
        assertThatThrownBy(() -> HammerAssertions.assertThat(external).memory().peaksLessThanMiB(10)).hasMessageEndingWith(why);
        assertThatThrownBy(() -> HammerAssertions.assertThat(external).memory().rssAfterLessThanMiB(10)).hasMessageEndingWith(why);
    }

    @Test
    void percentGrowthFromNothingIsNotMeasurable() {
        ServerResult zero = server("zero").rss(0, MIB).build();
        assertThatThrownBy(() -> HammerAssertions.assertThat(zero).memory().growsLessThanPercent(10))
                .hasMessageEndingWith("but was not measurable: RSS before the load was 0 bytes");
    }

    @Test
    void limitsMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> HammerAssertions.assertThat(jetty).memory().growsLessThanPercent(-1))
                .withMessage("RSS growth limit in percent must be a positive finite number, but was -1.0");
        assertThatIllegalArgumentException().isThrownBy(() -> HammerAssertions.assertThat(jetty).memory().peaksLessThanMiB(0))
                .withMessage("peak RSS limit in MiB must be a positive finite number, but was 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> HammerAssertions.assertThat(jetty).memory()
                .rssAfterLessThanMiB(Double.POSITIVE_INFINITY));
    }
}
