package quire.marks;

import java.util.Arrays;
import java.util.List;
import quire.place.Anchor;

/**
 * The story's paragraphs as one string, joined by a blank line as copying joins them, so a quote that
 * spans paragraphs can be looked for in one piece; and the way back from a place in it to an anchor.
 * {@link #matchable()} is the same text with quotes folded ({@link QuoteFolding}) and a line end added at
 * each end, so that "this quote starts a paragraph" can be matched like any other character of context.
 */
final class FlatText {
    static final String BETWEEN_BLOCKS = "\n\n";
    /** What stands before the first paragraph and after the last one in {@link #matchable()}. */
    static final char EDGE = '\n';

    private final String text;
    private final int[] blockStarts;
    private final List<String> blocks;
    private String matchable;

    FlatText(List<String> blocks) {
        this.blocks = blocks;
        this.blockStarts = new int[blocks.size()];
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) {
                joined.append(BETWEEN_BLOCKS);
            }
            blockStarts[i] = joined.length();
            joined.append(blocks.get(i));
        }
        this.text = joined.toString();
    }

    String text() {
        return text;
    }

    /**
     * The text folded for matching, with {@link #EDGE} before and after: its offset {@code i + 1} is the
     * text's offset {@code i}.
     */
    String matchable() {
        if (matchable == null) {
            matchable = EDGE + QuoteFolding.fold(text) + EDGE;
        }
        return matchable;
    }

    int offsetOf(Anchor place) {
        if (blocks.isEmpty()) {
            return 0;
        }
        int block = Math.min(place.block(), blocks.size() - 1);
        return blockStarts[block] + Math.min(place.offset(), blocks.get(block).length());
    }

    /** The anchor of a place in the joined text; a place between paragraphs counts as the next one's start. */
    Anchor anchorAt(int offset) {
        if (blocks.isEmpty()) {
            return Anchor.START;
        }
        int found = Arrays.binarySearch(blockStarts, offset);
        int block = found >= 0 ? found : -found - 2;
        block = Math.max(0, block);
        int inBlock = offset - blockStarts[block];
        if (inBlock > blocks.get(block).length() && block + 1 < blocks.size()) {
            return new Anchor(block + 1, 0);
        }
        return new Anchor(block, Math.min(inBlock, blocks.get(block).length()));
    }
}
