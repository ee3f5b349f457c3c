package dev.hammerbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The test's JSON checker must itself reject what is not JSON, or the JSON tests prove nothing. */
class StrictJsonTest {

    @Test
    void parsesValidJson() {
        Object value = StrictJson.parse(" {\"a\": [1, -2.5e3, true, null, \"x\\u003c\\n\"], \"b\": {}} ");

        assertThat(value).isEqualTo(Map.of("a", java.util.Arrays.asList(new BigDecimal("1"), new BigDecimal("-2.5e3"),
                true, null, "x<\n"), "b", Map.of()));
        assertThat(StrictJson.parse("[]")).isEqualTo(List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": 1,}", "[1,]", "{'a': 1}", "{\"a\": NaN}", "[01]", "\"raw\nnewline\"",
        "{\"a\": 1} x", "{\"a\": 1, \"a\": 2}", "[1.]", "\"\\x\"", "", "{\"a\" 1}", "[Infinity]", "// c\n1"})
    void rejectsWhatIsNotJson(String text) {
        assertThatThrownBy(() -> StrictJson.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid JSON");
    }
}
