package quire.ui;

/**
 * What a drawn range is: each kind has its colour in every theme (style class {@code range-*}, colours
 * in {@link ThemePalette}) and its place in the drawing order, later kinds on top. Marks and the word read
 * aloud join this list; the page view draws them all the same way, behind the text.
 */
public enum RangeKind {
    /** The reader's highlights, one kind per colour, under everything else: they are always there. */
    HIGHLIGHT_YELLOW("range-highlight-yellow"),
    HIGHLIGHT_GREEN("range-highlight-green"),
    HIGHLIGHT_BLUE("range-highlight-blue"),
    HIGHLIGHT_PINK("range-highlight-pink"),
    /** The sentence being read aloud, lightly, and its word being heard, clearly; over highlights. */
    SPOKEN_SENTENCE("range-spoken-sentence"),
    SPOKEN_WORD("range-spoken-word"),
    SEARCH_HIT("range-search-hit"),
    SELECTION("range-selection"),
    /** Over the selection, so the match the search just went to is never hidden under it. */
    CURRENT_SEARCH_HIT("range-current-hit");

    private final String styleClass;

    RangeKind(String styleClass) {
        this.styleClass = styleClass;
    }

    public String styleClass() {
        return styleClass;
    }

    /** The kind a highlight of {@code colour} is drawn as. */
    public static RangeKind highlight(quire.marks.MarkColour colour) {
        return switch (colour) {
            case YELLOW -> HIGHLIGHT_YELLOW;
            case GREEN -> HIGHLIGHT_GREEN;
            case BLUE -> HIGHLIGHT_BLUE;
            case PINK -> HIGHLIGHT_PINK;
        };
    }
}
