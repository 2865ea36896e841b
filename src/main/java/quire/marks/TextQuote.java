package quire.marks;

import java.util.List;
import quire.layout.TextRange;
import quire.text.CopyText;

/**
 * The words a mark covers, exactly as written, with up to {@link #CONTEXT} characters before and after
 * (in the same paragraph). The context tells two copies of the same words apart when the story changes.
 */
public record TextQuote(String prefix, String exact, String suffix) {
    public static final int CONTEXT = 32;

    public TextQuote {
        prefix = prefix == null ? "" : prefix;
        exact = exact == null ? "" : exact;
        suffix = suffix == null ? "" : suffix;
    }

    /** The quote of {@code range} in a story whose paragraphs are {@code blockTexts}. */
    public static TextQuote of(List<String> blockTexts, TextRange range) {
        String exact = CopyText.of(blockTexts, range);
        String prefix = "";
        String suffix = "";
        if (range.start().block() < blockTexts.size()) {
            String first = blockTexts.get(range.start().block());
            int at = Math.min(range.start().offset(), first.length());
            prefix = first.substring(Math.max(0, at - CONTEXT), at);
        }
        if (range.end().block() < blockTexts.size()) {
            String last = blockTexts.get(range.end().block());
            int at = Math.min(range.end().offset(), last.length());
            suffix = last.substring(at, Math.min(last.length(), at + CONTEXT));
        }
        return new TextQuote(prefix, exact, suffix);
    }
}
