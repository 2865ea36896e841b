package quire.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRangeTest {
    @Test
    void endsAreKeptInOrderWhicheverWayTheReaderDragged() {
        TextRange backwards = TextRange.between(new Anchor(3, 5), new Anchor(1, 9));
        assertThat(backwards.start()).isEqualTo(new Anchor(1, 9));
        assertThat(backwards.end()).isEqualTo(new Anchor(3, 5));
    }

    @Test
    void containsItsCharactersButNotItsEnd() {
        TextRange range = TextRange.inBlock(2, 4, 8);
        assertThat(range.contains(new Anchor(2, 4))).isTrue();
        assertThat(range.contains(new Anchor(2, 7))).isTrue();
        assertThat(range.contains(new Anchor(2, 8))).isFalse();
        assertThat(range.contains(new Anchor(1, 5))).isFalse();
    }

    @Test
    void touchesALineOnlyWhenItSharesACharacter() {
        TextRange range = TextRange.between(new Anchor(1, 10), new Anchor(3, 2));
        assertThat(range.touches(1, 0, 10)).isFalse();
        assertThat(range.touches(1, 0, 11)).isTrue();
        assertThat(range.touches(2, 0, 50)).isTrue();
        assertThat(range.touches(3, 0, 2)).isTrue();
        assertThat(range.touches(3, 2, 9)).isFalse();
        assertThat(TextRange.inBlock(0, 3, 3).isEmpty()).isTrue();
    }
}
