package quire.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import quire.place.Anchor;
import quire.place.TextRange;

class CopyTextTest {
    private static final List<String> BLOCKS = List.of(
            "Thanks to my beta,[personal profile] kidcyclone  , for putting up",
            "\u201cCan\u2019t get everything\u2026 can you?\u201d",
            "a line\nafter a hard break");

    @Test
    void theAuthorsCharactersAndSpacingAreCopiedAsWritten() {
        int from = BLOCKS.get(0).indexOf("beta");
        assertThat(CopyText.of(BLOCKS, TextRange.inBlock(0, from, from + 40)))
                .isEqualTo("beta,[personal profile] kidcyclone  , fo");
        assertThat(CopyText.of(BLOCKS, TextRange.inBlock(1, 0, 38))).isEqualTo(BLOCKS.get(1));
    }

    @Test
    void paragraphsAreSeparatedByABlankLineAndHardBreaksKept() {
        int from = BLOCKS.get(0).indexOf("putting");
        String copied = CopyText.of(BLOCKS, TextRange.between(new Anchor(0, from), new Anchor(2, 6)));
        assertThat(copied).isEqualTo("putting up\n\n" + BLOCKS.get(1) + "\n\na line");
        assertThat(CopyText.of(BLOCKS, TextRange.inBlock(2, 0, 25))).isEqualTo("a line\nafter a hard break");
    }

    @Test
    void aRangeEndingAtAParagraphsStartDoesNotAddABlankLine() {
        assertThat(CopyText.of(BLOCKS, TextRange.between(new Anchor(1, 0), new Anchor(2, 0)))).isEqualTo(BLOCKS.get(1));
        assertThat(CopyText.of(BLOCKS, TextRange.inBlock(1, 3, 3))).isEmpty();
    }

    @Test
    void aReferenceNamesTheStoryWhenItHasAName() {
        assertThat(CopyText.withReference("Quote", "Spike/Xander", 3, 5)).isEqualTo("Quote\n\n\u2014 Spike/Xander, page 3 of 5");
        assertThat(CopyText.withReference("Quote", "", 1, 2)).isEqualTo("Quote\n\n\u2014 page 1 of 2");
    }
}
