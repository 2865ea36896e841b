package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.layout.FixedWidthMeasurer;
import quire.layout.PageSpec;
import quire.layout.StoryGenerator;
import quire.layout.Typography;
import quire.pace.ReadingPace;
import quire.pace.Ticker;
import quire.settings.SettingsStore;
import quire.story.Story;
import quire.ui.page.ReaderModel;

/** The reader's pages timed with a clock the test turns: what counts, where it is kept, what it changes. */
class StoryPaceTest {
    private static final Story STORY = StoryGenerator.story(60_000);

    @TempDir
    Path dir;

    private long now;
    private final Ticker ticker = () -> now;
    private final SimpleBooleanProperty focused = new SimpleBooleanProperty(true);

    private ReaderModel reader() {
        ReaderModel reader = new ReaderModel(STORY, new FixedWidthMeasurer(), Runnable::run);
        reader.layout(new PageSpec(600, 500, PageSpec.Margins.uniform(30), Typography.DEFAULT), 1);
        return reader;
    }

    private void readPages(ReaderModel reader, int pages, long millisEach) {
        for (int i = 0; i < pages; i++) {
            now += millisEach;
            reader.nextPage();
        }
    }

    @Test
    void fivePagesReadSetTheTimeLeftToTheReadersPaceAndItIsKept() {
        try (Remembered memory = new Remembered(new SettingsStore(dir, Clock.systemUTC()))) {
            ReaderModel reader = reader();
            StoryPace.attach(memory, STORY, reader, focused, ticker);
            int wordsOnAPage = reader.time().wordsInView();
            assertThat(wordsOnAPage).isPositive();
            int minutesAtTheDefault = reader.time().minutesLeft();

            long millisEach = wordsOnAPage * 60_000L / 500; // a reader twice as fast as the default
            readPages(reader, 4, millisEach);
            assertThat(reader.time().wordsPerMinuteProperty().get()).as("four pages: not yet").isEqualTo(250);
            readPages(reader, 1, millisEach);
            double pace = reader.time().wordsPerMinuteProperty().get();
            assertThat(pace).as("pages vary a little in length").isBetween(400.0, 600.0);
            assertThat(reader.time().minutesLeft()).isLessThan(minutesAtTheDefault);

            ReadingPace kept = memory.story(STORY.contentHash()).pace();
            assertThat(kept.pages()).isEqualTo(5);
            assertThat(kept.millis()).isEqualTo(5 * millisEach);
            assertThat(memory.preferences().pace()).isEqualTo(kept);
        }
        try (Remembered again = new Remembered(new SettingsStore(dir, Clock.systemUTC()))) {
            assertThat(again.story(STORY.contentHash()).pace().pages()).as("written to disk").isEqualTo(5);
            ReaderModel reader = reader();
            StoryPace.attach(again, STORY, reader, focused, ticker);
            assertThat(reader.time().wordsPerMinuteProperty().get()).as("the next start uses it").isNotEqualTo(250);
        }
    }

    @Test
    void glancesAndTimeAwayFromTheWindowDoNotCount() {
        try (Remembered memory = new Remembered(new SettingsStore(dir, Clock.systemUTC()))) {
            ReaderModel reader = reader();
            StoryPace.attach(memory, STORY, reader, focused, ticker);
            reader.goToPage(0);
            readPages(reader, 10, 1_000);
            now += 15_000;
            focused.set(false);
            now += 3_600_000;
            focused.set(true);
            now += 15_000;
            reader.nextPage();
            ReadingPace kept = memory.story(STORY.contentHash()).pace();
            assertThat(kept.pages()).as("only the page read around the break").isEqualTo(1);
            assertThat(kept.millis()).isEqualTo(30_000);
        }
    }

    @Test
    void thePageInViewCountsWhenTheReaderLeaves() {
        try (Remembered memory = new Remembered(new SettingsStore(dir, Clock.systemUTC()))) {
            ReaderModel reader = reader();
            StoryPace pace = StoryPace.attach(memory, STORY, reader, focused, ticker);
            reader.goToPage(2);
            now += 40_000;
            pace.finish();
            assertThat(memory.story(STORY.contentHash()).pace()).isEqualTo(new ReadingPace(1, reader.time().wordsInView(), 40_000));
        }
    }
}
