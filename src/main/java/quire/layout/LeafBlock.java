package quire.layout;

import java.util.List;
import quire.story.Block;
import quire.story.ImageData;

/**
 * A block the engine lays out as lines: the story flattened so that quotes and lists become indents
 * and markers. {@code text} is exactly the block's on-screen text, so anchors index into it.
 *
 * @param index        position in reading order; the {@link Anchor#block()} of this block
 * @param indentLevel  nesting depth of quotes and lists (0 at top level)
 * @param marker       a list item's "•" or "3." drawn before its first line, or empty
 * @param opensSection true for the first block of the story and the first after a heading or scene break
 *                     (such a paragraph is not indented, as in printed books)
 * @param alignment    a paragraph's author-given alignment (centred, right) or {@code NORMAL}
 * @param picture      an {@code IMAGE} block's picture (its text is the alt text); null for every other kind
 */
record LeafBlock(int index, Kind kind, String text, List<StyleRange> styles, int headingLevel, int indentLevel,
                 String marker, boolean opensSection, Block.Alignment alignment, ImageData picture) {

    enum Kind { PARAGRAPH, HEADING, SCENE_BREAK, PREFORMATTED, IMAGE }

    /**
     * A span of the text set in one style. Ranges are sorted, do not overlap and cover the text.
     * {@code effects} are {@link TextEffects} bits.
     */
    record StyleRange(int start, int end, boolean bold, boolean italic, boolean mono, int effects) {
        StyleRange(int start, int end, boolean bold, boolean italic, boolean mono) {
            this(start, end, bold, italic, mono, TextEffects.NONE);
        }

        boolean sameStyle(boolean otherBold, boolean otherItalic, boolean otherMono, int otherEffects) {
            return bold == otherBold && italic == otherItalic && mono == otherMono && effects == otherEffects;
        }
    }

    LeafBlock {
        styles = List.copyOf(styles);
        if ((kind == Kind.IMAGE) != (picture != null)) {
            throw new IllegalArgumentException("an image block, and only one, has a picture");
        }
    }

    LeafBlock(int index, Kind kind, String text, List<StyleRange> styles, int headingLevel, int indentLevel,
              String marker, boolean opensSection, Block.Alignment alignment) {
        this(index, kind, text, styles, headingLevel, indentLevel, marker, opensSection, alignment, null);
    }

    LeafBlock(int index, Kind kind, String text, List<StyleRange> styles, int headingLevel, int indentLevel,
              String marker, boolean opensSection) {
        this(index, kind, text, styles, headingLevel, indentLevel, marker, opensSection, Block.Alignment.NORMAL);
    }
}
