package quire.ui.page;

import java.util.Optional;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import quire.layout.Chapter;
import quire.layout.TextProgress;
import quire.pace.ReadingPace;

/**
 * The reader's pace and the reading view's estimates at it: time left in the story and in the chapter,
 * a chapter's length, and the words the pages in view hold. Words
 * are spread over the text in proportion to its characters, so a page read is weighed the way the rest
 * is estimated.
 */
public final class ReadingTime {
    private final ReaderModel model;
    private final TextProgress progress;
    private int wordCount = -1;
    private final ReadOnlyDoubleWrapper wordsPerMinute = new ReadOnlyDoubleWrapper(this, "wordsPerMinute",
            ReadingPace.DEFAULT_WORDS_PER_MINUTE);

    ReadingTime(ReaderModel model, TextProgress progress) {
        this.model = model;
        this.progress = progress;
    }

    /** The story's words, counted once: "time left" asks on every page turn. */
    private int words() {
        if (wordCount < 0) {
            wordCount = model.story().wordCount();
        }
        return wordCount;
    }

    /** The reader's pace, which the estimates use: {@link ReadingPace#DEFAULT_WORDS_PER_MINUTE} until known. */
    public ReadOnlyDoubleProperty wordsPerMinuteProperty() {
        return wordsPerMinute.getReadOnlyProperty();
    }

    /** The reader's pace is now {@code perMinute} words a minute (ignored unless positive). */
    public void setWordsPerMinute(double perMinute) {
        if (perMinute > 0) {
            wordsPerMinute.set(perMinute);
        }
    }

    private double perMinute() {
        return wordsPerMinute.get();
    }

    /** Minutes left from the current page at the reader's pace, rounded up. */
    public int minutesLeft() {
        double wordsLeft = words() * (1 - model.fractionRead());
        return (int) Math.ceil(wordsLeft / perMinute());
    }

    /** About how many words the pages in view hold. */
    public int wordsInView() {
        return model.textInView().map(range -> (int) Math.round(words()
                * Math.max(0, progress.fractionOf(range.end()) - progress.fractionOf(range.start())))).orElse(0);
    }

    /** Minutes of reading from the page in view to the end of its chapter, rounded up. */
    public int minutesLeftInChapter() {
        Optional<Chapter> chapter = model.byChapter().current();
        if (chapter.isEmpty()) {
            return minutesLeft();
        }
        double words = words() * Math.max(0, endOf(chapter.get()) - model.fractionRead());
        return (int) Math.ceil(words / perMinute());
    }

    /** Minutes a chapter takes at the reader's pace, at least one. */
    public int minutesOf(Chapter chapter) {
        double words = words() * (endOf(chapter) - progress.fractionOf(chapter.start()));
        return Math.max(1, (int) Math.ceil(words / perMinute()));
    }

    /** Where a chapter ends, as a fraction of the text: where the next one starts, or the story's end. */
    private double endOf(Chapter chapter) {
        return model.chapters().endOf(chapter).map(progress::fractionOf).orElse(1.0);
    }
}
