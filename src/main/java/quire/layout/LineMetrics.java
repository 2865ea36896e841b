package quire.layout;

/** Vertical metrics of a font: distance from the baseline up to the top and down to the bottom. */
public record LineMetrics(double ascent, double descent) {
    public double height() {
        return ascent + descent;
    }
}
