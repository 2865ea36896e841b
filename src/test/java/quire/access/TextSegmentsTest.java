package quire.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSegmentsTest {
    private static final String TEXT = "Spike waited. Xander didn't come.\nThe night was cold.";
    private final TextSegments segments = new TextSegments(TEXT);

    private String at(int offset, int boundary) {
        return segments.at(offset, boundary).of(TEXT);
    }

    @Test
    void aCharacter() {
        assertThat(at(0, TextSegments.BOUNDARY_CHAR)).isEqualTo("S");
        assertThat(at(TEXT.length(), TextSegments.BOUNDARY_CHAR)).isEmpty();
    }

    @Test
    void aWordFromItsStartToTheNextWordsStart() {
        assertThat(at(2, TextSegments.BOUNDARY_WORD_START)).isEqualTo("Spike ");
        assertThat(at(5, TextSegments.BOUNDARY_WORD_START)).isEqualTo("Spike ");
        assertThat(at(22, TextSegments.BOUNDARY_WORD_START)).isEqualTo("didn't ");
    }

    @Test
    void theStringAtAnOffsetIsTheWordItself() {
        assertThat(segments.string(8, TextSegments.GRANULARITY_WORD).of(TEXT)).isEqualTo("waited");
    }

    @Test
    void aSentence() {
        assertThat(at(3, TextSegments.BOUNDARY_SENTENCE_START)).isEqualTo("Spike waited. ");
        assertThat(segments.string(15, TextSegments.GRANULARITY_SENTENCE).of(TEXT)).isEqualTo("Xander didn't come.");
    }

    @Test
    void aLineEndsAtTheLineFeed() {
        assertThat(at(40, TextSegments.BOUNDARY_LINE_START)).isEqualTo("The night was cold.");
        assertThat(at(3, TextSegments.BOUNDARY_LINE_START)).isEqualTo("Spike waited. Xander didn't come.\n");
        assertThat(segments.string(3, TextSegments.GRANULARITY_LINE).of(TEXT))
                .isEqualTo("Spike waited. Xander didn't come.");
    }

    @Test
    void beforeAndAfterAreTheNeighbouringPieces() {
        assertThat(segments.after(3, TextSegments.BOUNDARY_SENTENCE_START).of(TEXT)).isEqualTo("Xander didn't come.\n");
        assertThat(segments.before(20, TextSegments.BOUNDARY_SENTENCE_START).of(TEXT)).isEqualTo("Spike waited. ");
        assertThat(segments.before(2, TextSegments.BOUNDARY_WORD_START).of(TEXT)).isEmpty();
        assertThat(segments.after(TEXT.length() - 2, TextSegments.BOUNDARY_WORD_START).of(TEXT)).isEmpty();
    }
}
