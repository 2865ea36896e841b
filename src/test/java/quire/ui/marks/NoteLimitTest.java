package quire.ui.marks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import quire.marks.Highlight;

class NoteLimitTest {
    private static final int MAX = Highlight.MAX_NOTE_LENGTH;

    @Test
    void typingStopsAtTheLimitAndAPasteIsCutToWhatFits() {
        assertThat(NoteLimit.fitting(MAX - 1, 0, "a")).isEqualTo("a");
        assertThat(NoteLimit.fitting(MAX, 0, "a")).isEmpty();
        assertThat(NoteLimit.fitting(MAX - 3, 0, "abcdef")).isEqualTo("abc");
        assertThat(NoteLimit.fitting(MAX, 5, "abcdef")).as("replacing a selection").isEqualTo("abcde");
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        String clefs = "\ud834\udd1e\ud834\udd1e";
        assertThat(NoteLimit.fitting(MAX - 3, 0, clefs)).isEqualTo("\ud834\udd1e");
        assertThat(NoteLimit.fitting(MAX - 1, 0, clefs)).isEmpty();
    }

    @Test
    void aNoteAlreadyLongerThanTheLimitCanBeShortenedOrChangedButNotGrown() {
        int longer = MAX + 5_000;
        assertThat(NoteLimit.fitting(longer, 0, "a")).isEmpty();
        assertThat(NoteLimit.fitting(longer, 10, "0123456789abc")).isEqualTo("0123456789");
        assertThat(NoteLimit.fitting(longer, 10, "")).isEmpty();
    }

    @Test
    void theCountShowsOnlyNearTheLimit() {
        assertThat(NoteLimit.count(120)).isEmpty();
        assertThat(NoteLimit.count(MAX - 1)).contains(String.format("%,d of %,d characters", MAX - 1, MAX));
        assertThat(NoteLimit.count(MAX)).contains(String.format("%,d characters: the note is full", MAX));
    }
}
