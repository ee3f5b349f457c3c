package dev.hammerbench.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The duration attributes' forms: number and unit, decimals, ISO-8601; and what is refused. */
class DurationParserTest {

    @ParameterizedTest
    @CsvSource({
        "250ms, PT0.25S",
        "1s, PT1S",
        "' 5s ', PT5S",
        "1.5s, PT1.5S",
        "5 s, PT5S",
        "2m, PT2M",
        "1h, PT1H",
        "5S, PT5S",
        "PT2S, PT2S",
        "pt0.5s, PT0.5S",
    })
    void parsesTheAcceptedForms(String text, String expected) {
        assertThat(DurationParser.parse(text)).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5", "soon", "5x", "-1s", "1,5s", "PT", "P1Y"})
    void refusesWhatIsNotADuration(String text) {
        assertThatThrownBy(() -> DurationParser.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"" + text + "\" is not a duration; accepted: " + DurationParser.ACCEPTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0s", "0ms", "PT0S", "PT-1S"})
    void refusesWhatIsNotPositive(String text) {
        assertThatThrownBy(() -> DurationParser.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"" + text + "\" is not positive; accepted: " + DurationParser.ACCEPTED);
    }

    @Test
    void aNullIsNotADurationEither() {
        assertThatThrownBy(() -> DurationParser.parse(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("\"null\" is not a duration; accepted: ");
    }
}
