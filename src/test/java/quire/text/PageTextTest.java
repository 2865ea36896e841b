package quire.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import quire.place.Anchor;
import quire.place.TextRange;

class PageTextTest {
    private static final List<String> BLOCKS = List.of("Chapter One", "He walked in\u2014slowly.", "She waited.");
    // The page starts inside the second block and ends inside the third.
    private static final TextRange PAGE = new TextRange(new Anchor(1, 3), new Anchor(2, 3));

    @Test
    void thePagesTextIsWhatCopyGives() {
        PageText page = PageText.of(BLOCKS, PAGE);

        assertThat(page.text()).isEqualTo(CopyText.of(BLOCKS, PAGE)).isEqualTo("walked in\u2014slowly.\n\nShe");
    }

    @Test
    void anOffsetPointsAtTheSameCharacterInTheStory() {
        PageText page = PageText.of(BLOCKS, PAGE);

        for (int offset = 0; offset < page.text().length(); offset++) {
            char shown = page.text().charAt(offset);
            if (shown == '\n') {
                assertThat(page.anchorAt(offset)).isEqualTo(new Anchor(2, 0));
                continue;
            }
            Anchor place = page.anchorAt(offset);
            assertThat(BLOCKS.get(place.block()).charAt(place.offset())).as("offset %d", offset).isEqualTo(shown);
            assertThat(page.offsetOf(place)).isEqualTo(offset);
        }
    }

    @Test
    void placesOffThePageAreClampedToItsEnds() {
        PageText page = PageText.of(BLOCKS, PAGE);

        assertThat(page.offsetOf(new Anchor(0, 4))).isZero();
        assertThat(page.offsetOf(new Anchor(2, 10))).isEqualTo(page.text().length());
    }
}
