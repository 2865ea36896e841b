package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import quire.place.Anchor;

class TextProgressTest {
    private final TextProgress progress = new TextProgress(List.of("abcd", "", "efghij"));

    @Test
    void fractionCountsCharactersAcrossBlocks() {
        assertThat(progress.fractionOf(Anchor.START)).isZero();
        assertThat(progress.fractionOf(new Anchor(2, 1))).isEqualTo(0.5);
        assertThat(progress.fractionOf(new Anchor(9, 99))).isEqualTo(1.0);
    }

    @Test
    void anchorAtIsTheInverse() {
        assertThat(progress.anchorAt(0)).isEqualTo(Anchor.START);
        assertThat(progress.anchorAt(0.5)).isEqualTo(new Anchor(2, 1));
        assertThat(progress.anchorAt(0.3)).isEqualTo(new Anchor(0, 3));
        for (int i = 0; i < 10; i++) {
            Anchor a = progress.anchorAt(i / 10.0);
            assertThat(progress.fractionOf(a)).isEqualTo(i / 10.0);
        }
    }

    @Test
    void emptyStoryIsAtTheStart() {
        assertThat(new TextProgress(List.of()).fractionOf(Anchor.START)).isZero();
        assertThat(new TextProgress(List.of()).anchorAt(0.7)).isEqualTo(Anchor.START);
    }
}
