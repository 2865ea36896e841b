package quire.layout;

import java.util.List;
import quire.place.Anchor;

/** The lines of one page, placed top to bottom inside the content box. Never empty. */
public record Page(int index, List<Line> lines) {
    public Page {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a page holds at least one line");
        }
    }

    /** The first character on this page. */
    public Anchor start() {
        return lines.get(0).anchor();
    }
}
