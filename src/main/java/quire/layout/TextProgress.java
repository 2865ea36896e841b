package quire.layout;

import java.util.List;
import quire.place.Anchor;

/**
 * How far through the story an anchor is, by characters, and the inverse. Pure and tiny, so the footer,
 * "time left" and go-to-percent all agree.
 */
public final class TextProgress {
    private final long[] blockStarts;
    private final long total;

    public TextProgress(List<String> blockTexts) {
        blockStarts = new long[blockTexts.size() + 1];
        long sum = 0;
        for (int i = 0; i < blockTexts.size(); i++) {
            blockStarts[i] = sum;
            sum += blockTexts.get(i).length();
        }
        blockStarts[blockTexts.size()] = sum;
        total = sum;
    }

    /** 0 at the first character, approaching 1 at the last. */
    public double fractionOf(Anchor anchor) {
        if (total == 0) {
            return 0;
        }
        int block = Math.min(anchor.block(), blockStarts.length - 1);
        long position = Math.min(blockStarts[block] + anchor.offset(), total);
        return (double) position / total;
    }

    /** The anchor of the character at {@code fraction} of the text. */
    public Anchor anchorAt(double fraction) {
        long position = Math.round(Math.max(0, Math.min(1, fraction)) * total);
        for (int block = 0; block < blockStarts.length - 1; block++) {
            if (position < blockStarts[block + 1]) {
                return new Anchor(block, (int) (position - blockStarts[block]));
            }
        }
        int last = Math.max(0, blockStarts.length - 2);
        return new Anchor(last, (int) (total - blockStarts[last]));
    }
}
