package quire.marks;

import quire.layout.TextRange;

/** Highlighted words in one of four colours, with the reader's note on them (blank for none). */
public record Highlight(String id, TextRange range, TextQuote quote, MarkColour colour, String note, boolean found)
        implements Mark {

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
