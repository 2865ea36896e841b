package quire.ui;

/**
 * What a drawn range is: each kind has its colour in every theme (style class {@code range-*}, colours
 * in {@link ThemePalette}) and its place in the drawing order, later kinds on top. Marks and the word read
 * aloud join this list; the page view draws them all the same way, behind the text.
 */
public enum RangeKind {
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
}
