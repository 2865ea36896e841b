package quire.pace;

/** One view of pages the reader read: its words and the focused time they spent on it. */
public record PageRead(int words, long millis) {
    public PageRead {
        if (words < 1 || millis < 1) {
            throw new IllegalArgumentException("a page read has words and time, not " + words + " words in "
                    + millis + " ms");
        }
    }

    /** This page alone, as words a minute. */
    public double wordsPerMinute() {
        return words * 60_000.0 / millis;
    }
}
