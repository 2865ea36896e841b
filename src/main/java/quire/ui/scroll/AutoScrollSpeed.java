package quire.ui.scroll;

/**
 * How fast a selecting drag held past the text area's top or bottom edge scrolls Scroll mode's column:
 * not at all inside the area, {@code base} pixels a second just past an edge, {@code gain} more for each
 * pixel further out, never more than {@code max}. Up is negative. A frame moves by the speed times the
 * time since the last frame, that time capped at {@link #LONGEST_FRAME_NANOS} so a stalled frame does
 * not jump the column a screen at once. Pure arithmetic, so it is tested without a toolkit.
 */
public record AutoScrollSpeed(double base, double gain, double max) {
    /** About a line a second just past the edge, a screen or more a second far out. */
    public static final AutoScrollSpeed DEFAULT = new AutoScrollSpeed(30, 14, 2400);
    /** Longest time one frame counts for: three frames at 60 a second. */
    static final long LONGEST_FRAME_NANOS = 50_000_000L;

    public AutoScrollSpeed {
        if (base < 0 || gain < 0 || max < base) {
            throw new IllegalArgumentException("speeds must be non-negative and max at least base");
        }
    }

    /** Pixels a second for a pointer at {@code y} over an area {@code height} tall (0 at its top edge). */
    double pixelsPerSecond(double y, double height) {
        double past = y < 0 ? -y : y > height ? y - height : 0;
        if (past == 0) {
            return 0;
        }
        double speed = Math.min(max, base + gain * past);
        return y < 0 ? -speed : speed;
    }

    /** Pixels to scroll in one frame that came {@code elapsedNanos} after the last. */
    double pixelsFor(double y, double height, long elapsedNanos) {
        long counted = Math.max(0, Math.min(elapsedNanos, LONGEST_FRAME_NANOS));
        return pixelsPerSecond(y, height) * counted / 1e9;
    }
}
