package quire.marks;

import quire.place.TextRange;

/**
 * A bookmark or a highlight: where it is in the text, the words it quotes, and whether those words were
 * found in the story as it is now. A mark not found keeps its last place and quote so nothing is lost.
 */
public sealed interface Mark permits Bookmark, Highlight {
    /** Stable across runs, so a mark can be told apart from an equal one. */
    String id();

    TextRange range();

    TextQuote quote();

    /** False when its words are not in this version of the story. */
    boolean found();

    /** The same mark at a new place with its quote taken again there. */
    Mark movedTo(TextRange newRange, TextQuote newQuote);

    /** The same mark, kept but shown as not found in this version. */
    Mark lost();
}
