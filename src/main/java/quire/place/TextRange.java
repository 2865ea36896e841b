package quire.place;

/**
 * A stretch of the story's text from {@code start} (inclusive) to {@code end} (exclusive), as anchors:
 * what a selection, a search match, a highlight or the word read aloud covers. It is text, not pixels,
 * so it survives every re-layout; the layout engine says where it is drawn on a page. The ends are
 * kept in order whichever way a reader dragged.
 */
public record TextRange(Anchor start, Anchor end) {

    public TextRange {
        if (start.compareTo(end) > 0) {
            Anchor swap = start;
            start = end;
            end = swap;
        }
    }

    /** The range between two places, in either order. */
    public static TextRange between(Anchor a, Anchor b) {
        return new TextRange(a, b);
    }

    /** Characters {@code [from, to)} of one block. */
    public static TextRange inBlock(int block, int from, int to) {
        return new TextRange(new Anchor(block, from), new Anchor(block, to));
    }

    public boolean isEmpty() {
        return start.equals(end);
    }

    /** True when the range holds the character at {@code place}. */
    public boolean contains(Anchor place) {
        return start.compareTo(place) <= 0 && place.compareTo(end) < 0;
    }

    /** True when some character of block {@code block} in {@code [from, to)} is in the range. */
    public boolean touches(int block, int from, int to) {
        return from < to && start.compareTo(new Anchor(block, to)) < 0 && new Anchor(block, from).compareTo(end) < 0;
    }
}
