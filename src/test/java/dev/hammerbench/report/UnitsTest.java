package dev.hammerbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class UnitsTest {

    @ParameterizedTest(name = "{0} ns -> {1}")
    @CsvSource({
        "0, 0s",
        "999, 1.00µs",
        "1500, 1.50µs",
        "85000, 85.0µs",
        "850000, 850µs",
        "999999, 1000µs",
        "1000000, 1.00ms",
        "12345678, 12.3ms",
        "999400000, 999ms",
        "1000000000, 1.00s",
        "46400000000, 46.4s",
        "599000000000, 599s",
        "725000000000, 12m05s"})
    void durationsKeepThreeSignificantDigitsInTheirUnit(long nanos, String expected) {
        assertThat(Units.duration(Duration.ofNanos(nanos))).isEqualTo(expected);
    }

    @Test
    void mibHasOneDecimalAndIgnoresTheLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertThat(Units.mib(20_195_000)).isEqualTo("19.3");
            assertThat(Units.mib(java.util.OptionalLong.empty())).isEqualTo("-");
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    @Test
    void ratesAndPercents() {
        assertThat(Units.rate(45123.7)).isEqualTo("45124");
        assertThat(Units.rate(12.34)).isEqualTo("12.3");
        assertThat(Units.rate(0)).isEqualTo("0");
        assertThat(Units.percent(0.23)).isEqualTo("23.0");
        assertThat(Units.signedPercent(OptionalDouble.of(0.9))).isEqualTo("+0.9%");
        assertThat(Units.signedPercent(OptionalDouble.of(-60))).isEqualTo("-60.0%");
        assertThat(Units.duration(null)).isEqualTo("-");
    }
}
