package quire.layout;

/** A concrete font for one run of text: family, size in pixels, weight and posture. */
public record FontSpec(String family, double size, boolean bold, boolean italic) {
    public FontSpec {
        if (!(size > 0)) {
            throw new IllegalArgumentException("font size must be positive: " + size);
        }
    }
}
