package quire.layout;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * A line's runs of story text, packed: offsets into their block's text and positions in arrays, not an
 * object and a copied string each. A justified line has a run per word, so a long story's pages hold
 * millions of them; packed, a run costs about 20 bytes instead of about 100. The {@link Run}s are made
 * when asked for, which the views do only for the lines they draw. Immutable once built.
 */
final class PackedRuns extends AbstractList<Run> implements RandomAccess {
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final double[] xs;
    private final FontSpec[] fonts;
    /** Letter spacing and glyph expansion per run; null when no run of the line has them (most lines). */
    private final double[] trackings;
    private final double[] scales;
    /** {@link TextEffects} per run; null when no run of the line has any (nearly every line). */
    private final byte[] effects;

    private PackedRuns(String text, int[] starts, int[] ends, double[] xs, FontSpec[] fonts, double[] trackings,
                       double[] scales, byte[] effects) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.xs = xs;
        this.fonts = fonts;
        this.trackings = trackings;
        this.scales = scales;
        this.effects = effects;
    }

    @Override
    public Run get(int index) {
        if (index < 0 || index >= starts.length) {
            throw new IndexOutOfBoundsException(index);
        }
        return new Run(text.substring(starts[index], ends[index]), fonts[index], xs[index], starts[index],
                trackings == null ? 0 : trackings[index], scales == null ? 1 : scales[index],
                effects == null ? TextEffects.NONE : effects[index]);
    }

    @Override
    public int size() {
        return starts.length;
    }

    /** Collects one line's runs over {@code text}, its block's text, in order. */
    static final class Builder {
        private final String text;
        private int size;
        private int[] starts = new int[8];
        private int[] ends = new int[8];
        private double[] xs = new double[8];
        private FontSpec[] fonts = new FontSpec[8];
        private double[] trackings;
        private double[] scales;
        private byte[] effects;

        Builder(String text) {
            this.text = text;
        }

        /** The characters {@code [start, end)} of the block in {@code font}, left edge at {@code x}. */
        Builder add(int start, int end, FontSpec font, double x, double tracking, double scale) {
            return add(start, end, font, x, tracking, scale, TextEffects.NONE);
        }

        /** As {@link #add(int, int, FontSpec, double, double, double)}, with {@link TextEffects} bits. */
        Builder add(int start, int end, FontSpec font, double x, double tracking, double scale, int runEffects) {
            if (size == starts.length) {
                int grown = size * 2;
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
                xs = Arrays.copyOf(xs, grown);
                fonts = Arrays.copyOf(fonts, grown);
                trackings = trackings == null ? null : Arrays.copyOf(trackings, grown);
                scales = scales == null ? null : Arrays.copyOf(scales, grown);
                effects = effects == null ? null : Arrays.copyOf(effects, grown);
            }
            if (runEffects != TextEffects.NONE && effects == null) {
                effects = new byte[starts.length];
            }
            if ((tracking != 0 || scale != 1) && trackings == null) {
                trackings = new double[starts.length];
                scales = new double[starts.length];
                Arrays.fill(scales, 1);
            }
            starts[size] = start;
            ends[size] = end;
            xs[size] = x;
            fonts[size] = font;
            if (trackings != null) {
                trackings[size] = tracking;
                scales[size] = scale;
            }
            if (effects != null) {
                effects[size] = (byte) runEffects;
            }
            size++;
            return this;
        }

        PackedRuns build() {
            return new PackedRuns(text, Arrays.copyOf(starts, size), Arrays.copyOf(ends, size), Arrays.copyOf(xs, size),
                    Arrays.copyOf(fonts, size), trackings == null ? null : Arrays.copyOf(trackings, size),
                    scales == null ? null : Arrays.copyOf(scales, size),
                    effects == null ? null : Arrays.copyOf(effects, size));
        }
    }
}
