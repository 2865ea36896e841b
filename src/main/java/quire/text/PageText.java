package quire.text;

import java.util.ArrayList;
import java.util.List;
import quire.place.Anchor;
import quire.place.TextRange;

/**
 * A page's text as one string, the characters Copy gives for the page ({@link CopyText}), with the way
 * between offsets in that string and places in the story. What a screen reader reads as the page, and
 * how it points back at a character on it.
 */
public final class PageText {
    /** Where one block's piece starts, in the story and in the page's string. */
    private record Piece(int block, int storyFrom, int textFrom, int length) {
    }

    private final String text;
    private final List<Piece> pieces;
    private final TextRange range;

    private PageText(String text, List<Piece> pieces, TextRange range) {
        this.text = text;
        this.pieces = pieces;
        this.range = range;
    }

    public static PageText of(List<String> blockTexts, TextRange range) {
        String text = CopyText.of(blockTexts, range);
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (int block = range.start().block(); block <= range.end().block() && block < blockTexts.size(); block++) {
            int length = blockTexts.get(block).length();
            int from = block == range.start().block() ? Math.min(range.start().offset(), length) : 0;
            int to = block == range.end().block() ? Math.min(range.end().offset(), length) : length;
            if (block > range.start().block()) {
                if (block == range.end().block() && to == 0) {
                    break;
                }
                at += 2; // the blank line between paragraphs
            }
            pieces.add(new Piece(block, from, at, Math.max(0, to - from)));
            at += Math.max(0, to - from);
        }
        return new PageText(text, pieces, range);
    }

    public String text() {
        return text;
    }

    /** The place of the character at {@code offset}; a blank line between paragraphs is the next's start. */
    public Anchor anchorAt(int offset) {
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (offset < piece.textFrom()) {
                return new Anchor(piece.block(), piece.storyFrom());
            }
            if (offset < piece.textFrom() + piece.length() || i == pieces.size() - 1) {
                int inPiece = Math.min(offset - piece.textFrom(), piece.length());
                return new Anchor(piece.block(), piece.storyFrom() + inPiece);
            }
        }
        return range.start();
    }

    /** The offset of {@code place} in the page's string, clamped to the page. */
    public int offsetOf(Anchor place) {
        if (place.compareTo(range.start()) <= 0 || pieces.isEmpty()) {
            return 0;
        }
        for (Piece piece : pieces) {
            if (place.block() == piece.block()) {
                int inPiece = Math.max(0, Math.min(place.offset() - piece.storyFrom(), piece.length()));
                return piece.textFrom() + inPiece;
            }
            if (place.block() < piece.block()) {
                return piece.textFrom();
            }
        }
        return text.length();
    }
}
