package dev.hammerbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.result.ErrorClass;
import dev.hammerbench.result.Outcomes;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutcomeTextTest {

    private final Outcomes mixed = new Outcomes(Map.of("200", 1998L, ErrorClass.RESPONSE_TIMEOUT.label(), 2L, "503", 4L,
            Outcomes.OTHER_PREFIX + "SSLException", 1L), Map.of());

    @Test
    void compactKeepsTheOrderOfOutcomesWithShortErrorNames() {
        assertThat(OutcomeText.compact(mixed)).isEqualTo("200:1998 503:4 other:SSLException:1 resp-timeout:2");
        assertThat(OutcomeText.compact(Outcomes.empty())).isEqualTo("none");
    }

    @Test
    void whatDoesNotFitIsDroppedWholeAndCounted() {
        assertThat(OutcomeText.compact(mixed, 30)).isEqualTo("200:1998 503:4 +2 more");
        assertThat(OutcomeText.compact(mixed, 16)).isEqualTo("200:1998 +3 more");
        assertThat(OutcomeText.compact(mixed, 5)).isEqualTo("200:…");
    }

    @Test
    void separatorsInsideAnErrorNameCannotSplitIt() {
        Outcomes odd = new Outcomes(Map.of(Outcomes.OTHER_PREFIX + "Odd Name:x\ny", 1L), Map.of());

        assertThat(OutcomeText.compact(odd)).isEqualTo("other:Odd-Name-x-y:1");
    }
}
