package quire.pace;

/**
 * What the reader has read, in total: pages counted, the words on them and the time spent on them.
 * Stored as it is (a story's and the reader's overall), so the pace is always the plain ratio of words to
 * time, never an average of averages.
 */
public record ReadingPace(int pages, long words, long millis) {
    /** Words a minute assumed until the reader's own pace is known. */
    public static final int DEFAULT_WORDS_PER_MINUTE = 250;
    /** Pages that must be counted before the reader's own pace is used. */
    public static final int PAGES_NEEDED = 5;
    /**
     * The pace shown is kept within these: a reader skimming a dozen pages to find their place should not
     * be told the rest of the story takes no time, nor one who read each page twice that it takes days.
     */
    public static final int SLOWEST = 60;
    public static final int FASTEST = 1_500;
    public static final ReadingPace NONE = new ReadingPace(0, 0, 0);

    public ReadingPace {
        pages = Math.max(0, pages);
        words = Math.max(0, words);
        millis = Math.max(0, millis);
    }

    public ReadingPace plus(PageRead page) {
        return new ReadingPace(pages + 1, words + page.words(), millis + page.millis());
    }

    /** True once enough pages are counted for the reader's own pace to be used. */
    public boolean known() {
        return pages >= PAGES_NEEDED && words > 0 && millis > 0;
    }

    /** The reader's words a minute once known, within {@link #SLOWEST} and {@link #FASTEST}; the default until then. */
    public double wordsPerMinute() {
        if (!known()) {
            return DEFAULT_WORDS_PER_MINUTE;
        }
        return Math.max(SLOWEST, Math.min(FASTEST, words * 60_000.0 / millis));
    }

    /** Whole minutes counted so far, rounded down. */
    public long minutes() {
        return millis / 60_000L;
    }

    /**
     * The pace for a story: the reader's pace in this story once known (stories differ), else their pace
     * over all stories, else the default.
     */
    public static double forStory(ReadingPace story, ReadingPace overall) {
        if (story.known()) {
            return story.wordsPerMinute();
        }
        return overall.wordsPerMinute();
    }
}
