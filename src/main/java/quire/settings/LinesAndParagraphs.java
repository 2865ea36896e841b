package quire.settings;

/**
 * How lines and paragraphs are set. By default as printed books are: first lines indented (rather than
 * a space between paragraphs), lines justified and hyphenated, and punctuation hanging into the margins.
 */
public record LinesAndParagraphs(boolean indentParagraphs, boolean justify, boolean hyphenate,
                                 boolean hangingPunctuation) {
    public static final LinesAndParagraphs DEFAULTS = new LinesAndParagraphs(true, true, true, true);

    public LinesAndParagraphs withIndentParagraphs(boolean indent) {
        return new LinesAndParagraphs(indent, justify, hyphenate, hangingPunctuation);
    }

    public LinesAndParagraphs withJustify(boolean justified) {
        return new LinesAndParagraphs(indentParagraphs, justified, hyphenate, hangingPunctuation);
    }

    public LinesAndParagraphs withHyphenate(boolean hyphens) {
        return new LinesAndParagraphs(indentParagraphs, justify, hyphens, hangingPunctuation);
    }

    public LinesAndParagraphs withHangingPunctuation(boolean hang) {
        return new LinesAndParagraphs(indentParagraphs, justify, hyphenate, hang);
    }
}
