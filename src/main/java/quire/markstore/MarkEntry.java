package quire.markstore;

import quire.marks.Highlight;
import quire.marks.Mark;
import quire.marks.MarkColour;
import quire.marks.TextQuote;
import quire.place.Anchor;

/**
 * One mark as it is written in a marks file: plain fields a reader can read, bound by Jackson with no
 * annotations. {@code kind} is "bookmark" or "highlight"; colour and note are only a highlight's.
 * {@link MarkEntryReader} reads it back, field by field.
 */
record MarkEntry(String kind, String id, Anchor start, Anchor end, TextQuote quote, MarkColour colour, String note,
                 boolean found) {
    static final String BOOKMARK = "bookmark";
    static final String HIGHLIGHT = "highlight";

    static MarkEntry of(Mark mark) {
        if (mark instanceof Highlight h) {
            return new MarkEntry(HIGHLIGHT, h.id(), h.range().start(), h.range().end(), h.quote(), h.colour(), h.note(),
                    h.found());
        }
        return new MarkEntry(BOOKMARK, mark.id(), mark.range().start(), mark.range().end(), mark.quote(), null, null,
                mark.found());
    }
}
