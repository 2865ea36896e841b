package quire.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import quire.place.TextRange;

class TextUnitsTest {
    private static final String TEXT = "\u201cCan\u2019t have me, can you?\u201d Uh-huh. Xan\u2019s";

    private static String word(int offset) {
        TextRange range = TextUnits.wordAt(0, TEXT, offset);
        return TEXT.substring(range.start().offset(), range.end().offset());
    }

    @Test
    void aDoubleClickTakesTheWholeWordWithItsApostropheOrHyphen() {
        assertThat(word(2)).isEqualTo("Can\u2019t");
        assertThat(word(4)).isEqualTo("Can\u2019t");
        assertThat(word(TEXT.indexOf("huh"))).isEqualTo("Uh-huh");
        assertThat(word(TEXT.length() - 1)).isEqualTo("Xan\u2019s");
    }

    @Test
    void quotesAndSpacesAreNotPartOfAWord() {
        assertThat(word(0)).isEqualTo("\u201c");
        assertThat(word(TEXT.indexOf(' '))).isEqualTo(" ");
        assertThat(word(TEXT.indexOf('?') - 1)).isEqualTo("you");
    }

    @Test
    void aParagraphIsTheWholeBlockAndSnappingKeepsCharactersWhole() {
        assertThat(TextUnits.paragraph(4, TEXT)).isEqualTo(TextRange.inBlock(4, 0, TEXT.length()));
        String emoji = "a\ud83d\ude00b";
        assertThat(TextUnits.snap(emoji, 2)).isEqualTo(1);
        assertThat(TextUnits.snap(emoji, 3)).isEqualTo(3);
    }
}
