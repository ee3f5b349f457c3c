package dev.hammerbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void aLineThatFitsStaysAsItIs() {
        assertThat(Text.wrap("unstable: jetty's req/s varied 26.2 %", 160, 2))
                .containsExactly("unstable: jetty's req/s varied 26.2 %");
        assertThat(Text.wrap("", 160, 2)).containsExactly("");
    }

    @Test
    void aLongNoteWrapsAtSpacesAndLosesNoWord() {
        String note = "unstable: netty's req/s varied 17.5 % across its 5 rounds (coefficient of variation, warned above"
                + " 10 %): more warm-up, more rounds or a quieter machine help";
        List<String> lines = Text.wrap(note, 60, 2);

        assertThat(lines).hasSize(3).allSatisfy(line -> assertThat(Text.width(line)).isLessThanOrEqualTo(60));
        assertThat(lines.get(0)).isEqualTo("unstable: netty's req/s varied 17.5 % across its 5 rounds");
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).startsWith("  ").doesNotStartWith("   "));
        assertThat(String.join(" ", lines).split(" +")).containsExactly(note.split(" +"));
        assertThat(String.join("", lines)).doesNotContain(Text.ELLIPSIS);
    }

    @Test
    void aWordLongerThanALineIsBrokenInside() {
        String url = "http://127.0.0.1:8080/" + "a".repeat(50);
        List<String> lines = Text.wrap("  jdk: " + url, 30, 4);

        assertThat(lines).allSatisfy(line -> assertThat(Text.width(line)).isLessThanOrEqualTo(30));
        assertThat(lines.get(0)).isEqualTo("  jdk:");
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo("jdk:" + url);
    }

    @Test
    void widthIsCountedInCodePoints() {
        List<String> lines = Text.wrap("µs µs µs µs", 5, 1);

        assertThat(lines).containsExactly("µs µs", " µs", " µs");
    }

    @Test
    void anIndentThatLeavesNoRoomIsRefused() {
        assertThatThrownBy(() -> Text.wrap("a b c", 3, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 columns").hasMessageContaining("indent of 2");
    }
}
