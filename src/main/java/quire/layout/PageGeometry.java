package quire.layout;

/**
 * Where pages sit in the space the reader gives them. Lines stay at a comfortable measure: on a wide
 * window the side margins grow instead of the lines, and two pages are shown side by side, like an open
 * book, once each can keep a measure of at least {@link #MIN_SPREAD_MEASURE_EM} ems (about 50
 * characters of a book face).
 */
public final class PageGeometry {
    /** The widest text column, in ems: about 70 characters of a book face. */
    public static final double MAX_MEASURE_EM = 34;
    /** The narrowest column a page of a two-page spread may have. */
    public static final double MIN_SPREAD_MEASURE_EM = 26;
    static final double MIN_SIDE_MARGIN = 32;
    static final double MIN_TOP_MARGIN = 28;

    private PageGeometry() {
    }

    /** A single page filling {@code width x height}; {@code marginScale} 1 is the default margin. */
    public static PageSpec single(double width, double height, Typography typography, double marginScale) {
        double w = Math.max(1, width);
        double h = Math.max(1, height);
        double minSide = Math.min(MIN_SIDE_MARGIN * marginScale, w * 0.2);
        double side = Math.max(minSide, (w - MAX_MEASURE_EM * typography.fontSize()) / 2);
        double top = Math.min(MIN_TOP_MARGIN * marginScale, h * 0.15);
        return new PageSpec(w, h, new PageSpec.Margins(top, side, top, side), typography);
    }

    /** True when two pages side by side would each keep a comfortable measure. */
    public static boolean fitsTwoPages(double width, Typography typography, double marginScale) {
        double pageContent = width / 2 - 2 * MIN_SIDE_MARGIN * marginScale;
        return pageContent >= MIN_SPREAD_MEASURE_EM * typography.fontSize();
    }

    /** One page of a two-page spread across {@code width}. */
    public static PageSpec spreadPage(double width, double height, Typography typography, double marginScale) {
        return single(width / 2, height, typography, marginScale);
    }
}
