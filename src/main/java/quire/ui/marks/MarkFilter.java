package quire.ui.marks;

import quire.marks.Bookmark;
import quire.marks.Highlight;
import quire.marks.Mark;

/** Which marks the marks panel lists. */
public enum MarkFilter {
    ALL("All"), BOOKMARKS("Bookmarks"), HIGHLIGHTS("Highlights"), NOTES("Notes");

    private final String label;

    MarkFilter(String label) {
        this.label = label;
    }

    public boolean keeps(Mark mark) {
        return switch (this) {
            case ALL -> true;
            case BOOKMARKS -> mark instanceof Bookmark;
            case HIGHLIGHTS -> mark instanceof Highlight;
            case NOTES -> mark instanceof Highlight h && h.hasNote();
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
