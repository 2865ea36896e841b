package quire.marks;

import quire.place.TextRange;

/**
 * A bookmarked page. The page is not stored, only the place its first words start and those words
 * ({@code range}), so the bookmark stays with them through any resize or font change.
 */
public record Bookmark(String id, TextRange range, TextQuote quote, boolean found) implements Mark {
    @Override
    public Bookmark movedTo(TextRange newRange, TextQuote newQuote) {
        return new Bookmark(id, newRange, newQuote, true);
    }

    @Override
    public Bookmark lost() {
        return new Bookmark(id, range, quote, false);
    }
}
