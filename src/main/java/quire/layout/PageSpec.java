package quire.layout;

/**
 * One page's box in pixels, its margins, and the typography to set text in. The content box (page
 * minus margins) is where lines go.
 */
public record PageSpec(double width, double height, Margins margins, Typography typography) {

    /** Space between the page edge and its text, in pixels. */
    public record Margins(double top, double right, double bottom, double left) {
        public static Margins uniform(double all) {
            return new Margins(all, all, all, all);
        }
    }

    public PageSpec {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("page must have a size: " + width + "x" + height);
        }
    }

    public double contentWidth() {
        return Math.max(1, width - margins.left() - margins.right());
    }

    public double contentHeight() {
        return Math.max(1, height - margins.top() - margins.bottom());
    }
}
