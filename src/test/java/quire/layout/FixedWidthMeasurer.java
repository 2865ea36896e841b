package quire.layout;

/** A fake measurer for engine tests: every character is half an em wide; bold and italic change nothing. */
public final class FixedWidthMeasurer implements TextMeasurer {
    @Override
    public double width(String text, FontSpec font) {
        return text.codePointCount(0, text.length()) * font.size() * 0.5;
    }

    @Override
    public LineMetrics metrics(FontSpec font) {
        return new LineMetrics(font.size() * 0.8, font.size() * 0.2);
    }
}
