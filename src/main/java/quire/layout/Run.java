package quire.layout;

/**
 * Text to draw in one font with its left edge at {@code x}, measured from the page's content box.
 * {@code start} is where the run's first character sits in its block's text, so that a run of story text
 * covers {@code [start, start + text.length())} of the block: what selection, search and marks map onto.
 * A decoration that is not story text (a list bullet, a hyphen drawn only to break a line) has
 * {@code start == -1}.
 */
public record Run(String text, FontSpec font, double x, int start) {
    /** The {@link #start} of a run that is not the story's text. */
    public static final int NOT_TEXT = -1;

    /** A decoration: drawn, but not the author's text. */
    public static Run decoration(String text, FontSpec font, double x) {
        return new Run(text, font, x, NOT_TEXT);
    }

    public boolean isText() {
        return start >= 0;
    }

    /** The block offset just after the run's last character. */
    public int end() {
        return start + text.length();
    }
}
