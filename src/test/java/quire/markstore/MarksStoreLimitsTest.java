package quire.markstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.files.Loaded;
import quire.marks.Highlight;
import quire.marks.Mark;
import quire.marks.MarkColour;
import quire.marks.TextQuote;
import quire.place.TextRange;

/** Saving and loading agree on how large a marks file may be: whatever save writes, load reads back whole. */
class MarksStoreLimitsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T06:15:00Z"), ZoneOffset.UTC);
    private static final String KEY = "story-7";

    @TempDir
    Path dir;

    private static Highlight noted(String note) {
        return new Highlight("h1", TextRange.inBlock(3, 5, 30), new TextQuote("", "the words", ""), MarkColour.PINK,
                note, true);
    }

    /**
     * Longer than the note editor lets anyone type, than the 8 MiB the settings files may take and than the
     * 20 million characters Jackson reads in one string by default: a note that long (pasted, or written by
     * an older Quire) is still the reader's, and is never cut.
     */
    @Test
    void aNoteFarPastTheEditorsMaximumIsSavedAndComesBackWhole() throws IOException {
        Highlight huge = noted("x".repeat(21_000_000));
        MarksStore store = new MarksStore(dir, CLOCK);

        store.save(KEY, List.of(huge));
        Loaded<List<Mark>> loaded = store.load(KEY);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.value()).singleElement().isEqualTo(huge);
    }

    @Test
    void aSaveLargerThanLoadWouldAcceptIsRefusedAndTheOldFileKept() throws IOException {
        MarksStore store = new MarksStore(dir, CLOCK, 4_096);
        store.save(KEY, List.of(noted("short")));
        byte[] before = Files.readAllBytes(store.fileOf(KEY));

        assertThatThrownBy(() -> store.save(KEY, List.of(noted("y".repeat(5_000)))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("more than the 4 KB Quire reads back").hasMessageContaining("not written");

        assertThat(store.fileOf(KEY)).hasBinaryContent(before);
        assertThat(store.load(KEY).value()).containsExactly(noted("short"));
    }

    /** Around the limit, byte by byte: each save either comes back whole or is refused. */
    @Test
    void atTheLimitEverySavedFileLoadsWhole() throws IOException {
        MarksStore store = new MarksStore(dir, CLOCK, 4_096);
        int saved = 0;
        int refused = 0;
        for (int length = 3_500; length < 4_000; length++) {
            Highlight mark = noted("\u00e9".repeat(length / 2) + "z".repeat(length % 2));
            try {
                store.save(KEY, List.of(mark));
                saved++;
            } catch (IOException tooLarge) {
                refused++;
                continue;
            }
            Loaded<List<Mark>> loaded = store.load(KEY);
            assertThat(loaded.problems()).as("note of %d characters", length).isEmpty();
            assertThat(loaded.value()).containsExactly(mark);
        }
        assertThat(saved).isPositive();
        assertThat(refused).isPositive();
    }
}
