package quire.layout;

import java.util.List;
import quire.place.Anchor;

/**
 * A story laid out for one page spec: its pages, in order. Page indexes are 0-based here; the view adds
 * one for the reader. {@link #pageIndexOf(Anchor)} finds where a reading position is now.
 */
public record Pagination(PageSpec spec, List<Page> pages) {

    public Pagination {
        pages = List.copyOf(pages);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("a pagination holds at least one page");
        }
    }

    public int pageCount() {
        return pages.size();
    }

    public Page page(int index) {
        return pages.get(Math.max(0, Math.min(index, pages.size() - 1)));
    }

    /** The page that shows {@code anchor}: the last page whose first character is at or before it. */
    public int pageIndexOf(Anchor anchor) {
        int low = 0;
        int high = pages.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (pages.get(mid).start().compareTo(anchor) <= 0) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
