package quire.layout;

/**
 * A concrete font for one run of text: family, size in pixels, weight and posture. {@link #equals} and
 * {@link #hashCode} are written out: the measurer compares fonts for every word it measures, and a
 * record's generated ones (method handles) were a fifth of a long story's page count under the client
 * compiler the launcher uses.
 */
public record FontSpec(String family, double size, boolean bold, boolean italic) {
    public FontSpec {
        if (!(size > 0)) {
            throw new IllegalArgumentException("font size must be positive: " + size);
        }
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof FontSpec font && Double.compare(size, font.size) == 0 && bold == font.bold
                && italic == font.italic && family.equals(font.family);
    }

    @Override
    public int hashCode() {
        int hash = family.hashCode();
        hash = 31 * hash + Double.hashCode(size);
        hash = 31 * hash + Boolean.hashCode(bold);
        return 31 * hash + Boolean.hashCode(italic);
    }
}
