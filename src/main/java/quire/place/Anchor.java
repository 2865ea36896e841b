package quire.place;

/**
 * A place in the story: a leaf block (in reading order, as the paginator flattens the story) and a
 * character offset in that block's text. The reading position is an anchor, never a page number.
 */
public record Anchor(int block, int offset) implements Comparable<Anchor> {
    public static final Anchor START = new Anchor(0, 0);

    public Anchor {
        if (block < 0 || offset < 0) {
            throw new IllegalArgumentException("anchor out of range: " + block + ":" + offset);
        }
    }

    @Override
    public int compareTo(Anchor other) {
        return block != other.block ? Integer.compare(block, other.block) : Integer.compare(offset, other.offset);
    }
}
