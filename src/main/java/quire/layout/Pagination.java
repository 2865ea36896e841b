package quire.layout;

import java.util.ArrayList;
import java.util.List;
import quire.place.Anchor;

/**
 * A story laid out for one page spec: its pages, in order. Page indexes are 0-based here; the view adds
 * one for the reader. {@link #pageIndexOf(Anchor)} finds where a reading position is now. An exact
 * pagination keeps its pages as {@link StoredPages}: a page's runs are set when it is asked for.
 */
public record Pagination(PageSpec spec, List<Page> pages) {

    public Pagination {
        pages = pages instanceof StoredPages ? pages : List.copyOf(pages); // stored pages are immutable already
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
            if (start(mid).compareTo(anchor) <= 0) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** Where page {@code index} starts; a stored page is not set for it. */
    public Anchor start(int index) {
        return pages instanceof StoredPages stored ? stored.start(index) : pages.get(index).start();
    }

    /** Every page's lines, one after another. */
    LineSequence lines() {
        if (pages instanceof StoredPages stored) {
            return stored.lines();
        }
        List<Line> all = new ArrayList<>();
        pages.forEach(page -> all.addAll(page.lines()));
        return LineSequence.of(all);
    }
}
