package quire.layout;

/**
 * Where a page sits in the space the reader gives it. Lines stay at a comfortable measure: on a wide
 * window the side margins grow instead of the lines.
 */
public final class PageGeometry {
    /** The widest text column, in ems: about 70 characters of a book face. */
    public static final double MAX_MEASURE_EM = 34;
    static final double MIN_SIDE_MARGIN = 32;
    static final double MIN_TOP_MARGIN = 28;

    private PageGeometry() {
    }

    /** A single page filling {@code width x height}. */
    public static PageSpec single(double width, double height, Typography typography) {
        double w = Math.max(1, width);
        double h = Math.max(1, height);
        double side = Math.max(Math.min(MIN_SIDE_MARGIN, w * 0.06), (w - MAX_MEASURE_EM * typography.fontSize()) / 2);
        double top = Math.min(Math.max(MIN_TOP_MARGIN, h * 0.05), h * 0.1);
        return new PageSpec(w, h, new PageSpec.Margins(top, side, top, side), typography);
    }
}
