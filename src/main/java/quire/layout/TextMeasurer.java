package quire.layout;

/**
 * How wide text is and how tall lines are, in one font. The JavaFX implementation measures with the
 * real fonts; tests use a fixed-width fake. Implementations must be deterministic: the same text in the
 * same font always has the same width, or pages would shift under the reader.
 */
public interface TextMeasurer {
    /** The advance width of {@code text} set in {@code font}, in pixels. */
    double width(String text, FontSpec font);

    /**
     * The advance width of {@code chars[from, to)} in {@code font}: the same as {@link #width(String, FontSpec)}
     * of those characters. The breaker measures every word this way; a measurer with a cache may look the
     * word up without making a string of it.
     */
    default double width(char[] chars, int from, int to, FontSpec font) {
        return width(new String(chars, from, to - from), font);
    }

    LineMetrics metrics(FontSpec font);

    /**
     * A measurer giving exactly this one's widths and metrics, to use on another thread while this one is
     * in use. A stateless measurer is safe to share and returns itself, as this default does; one with
     * caches or a probe node must return a fresh instance.
     */
    default TextMeasurer forAnotherThread() {
        return this;
    }
}
