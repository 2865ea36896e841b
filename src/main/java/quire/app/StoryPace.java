package quire.app;

import javafx.beans.value.ObservableBooleanValue;
import quire.pace.PageRead;
import quire.pace.PageTimer;
import quire.pace.Ticker;
import quire.story.Story;
import quire.ui.page.ReaderModel;

/**
 * Times the reader's pages in one story and keeps their pace: each view of pages they move on from is
 * offered to a {@link PageTimer} (focused time only, while {@code attentive} holds), a page that counts
 * goes into the story's and the overall pace in {@link Remembered}, and the reader's "time left" follows.
 * Pages laid out anew (a resize, a font change) start their time again rather than count half-read.
 */
final class StoryPace {
    private final Remembered memory;
    private final String hash;
    private final ReaderModel reader;
    private final PageTimer timer;
    /**
     * Held here because a binding (focused and no panel open) is only weakly held by what it watches: left
     * to a local variable it would be collected, and the timer would stop hearing about focus and panels.
     */
    private final ObservableBooleanValue attentive;

    private StoryPace(Remembered memory, Story story, ReaderModel reader, PageTimer timer, ObservableBooleanValue attentive) {
        this.memory = memory;
        this.hash = story.contentHash();
        this.reader = reader;
        this.timer = timer;
        this.attentive = attentive;
    }

    static StoryPace attach(Remembered memory, Story story, ReaderModel reader, ObservableBooleanValue attentive,
                            Ticker ticker) {
        StoryPace pace = new StoryPace(memory, story, reader, new PageTimer(ticker), attentive);
        reader.time().setWordsPerMinute(memory.wordsPerMinute(pace.hash));
        pace.timer.setAttentive(attentive.get());
        pace.attentive.addListener((o, was, now) -> pace.timer.setAttentive(now));
        reader.anchorProperty().addListener((o, was, now) -> pace.timer.show(reader.time().wordsInView()).ifPresent(pace::count));
        reader.paginationProperty().addListener((o, was, now) -> pace.timer.restart(reader.time().wordsInView()));
        if (reader.paginationProperty().get() != null) {
            pace.timer.restart(reader.time().wordsInView());
        }
        return pace;
    }

    /** The reader leaves the story (another screen, quitting): the page in view counts if it may. */
    void finish() {
        timer.end().ifPresent(this::count);
    }

    private void count(PageRead page) {
        memory.countPage(hash, page);
        reader.time().setWordsPerMinute(memory.wordsPerMinute(hash));
    }
}
