package quire.text;

import java.util.List;
import quire.place.TextRange;

/**
 * The author's exact characters for a range, as a reader pastes them: the text of each block as written
 * (curly quotes, ellipses, the author's own spacing, a hard line break as a line break), and a blank
 * line between paragraphs. Where the engine ended a line there is no character to copy but the space
 * the author typed, so a paragraph comes out as one line. A hyphen drawn to break a word is not in the
 * text, so it is never copied.
 */
public final class CopyText {
    private CopyText() {
    }

    public static String of(List<String> blockTexts, TextRange range) {
        if (range.isEmpty() || blockTexts.isEmpty()) {
            return "";
        }
        int firstBlock = Math.min(range.start().block(), blockTexts.size() - 1);
        int lastBlock = Math.min(range.end().block(), blockTexts.size() - 1);
        StringBuilder copied = new StringBuilder();
        for (int block = firstBlock; block <= lastBlock; block++) {
            String text = blockTexts.get(block);
            int from = block == range.start().block() ? Math.min(range.start().offset(), text.length()) : 0;
            int to = block == range.end().block() ? Math.min(range.end().offset(), text.length()) : text.length();
            if (block > firstBlock) {
                if (block == range.end().block() && to == 0) {
                    break; // a range that ends at a paragraph's very start does not reach into it
                }
                copied.append("\n\n");
            }
            copied.append(text, from, Math.max(from, to));
        }
        return copied.toString();
    }

    /**
     * The copied text with a last line saying where it is from, e.g. "— Spike/Xander, page 3 of 5".
     * {@code storyName} is the title or main pairing, blank when the story has neither.
     */
    public static String withReference(String copied, String storyName, int page, int pageCount) {
        String where = "page " + page + " of " + pageCount;
        String reference = storyName == null || storyName.isBlank() ? where : storyName.strip() + ", " + where;
        return copied + "\n\n\u2014 " + reference;
    }
}
