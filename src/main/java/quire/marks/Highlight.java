package quire.marks;

import quire.place.TextRange;

/** Highlighted words in one of four colours, with the reader's note on them (blank for none). */
public record Highlight(String id, TextRange range, TextQuote quote, MarkColour colour, String note, boolean found)
        implements Mark {
    /**
     * The longest note the note editor takes, in characters: some ten pages, more than a note in a margin
     * needs, and small enough that a thousand of them fit a marks file. A longer note (joined from several
     * highlights, or from an older Quire) is kept whole; only typing and pasting stop here.
     */
    public static final int MAX_NOTE_LENGTH = 20_000;

    public Highlight {
        note = note == null ? "" : note;
    }

    public boolean hasNote() {
        return !note.isBlank();
    }

    public Highlight withColour(MarkColour newColour) {
        return new Highlight(id, range, quote, newColour, note, found);
    }

    public Highlight withNote(String newNote) {
        return new Highlight(id, range, quote, colour, newNote, found);
    }

    @Override
    public Highlight movedTo(TextRange newRange, TextQuote newQuote) {
        return new Highlight(id, newRange, newQuote, colour, note, true);
    }

    @Override
    public Highlight lost() {
        return new Highlight(id, range, quote, colour, note, false);
    }
}
