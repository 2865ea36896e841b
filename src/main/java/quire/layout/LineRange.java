package quire.layout;

/**
 * Where a breaker ends one line: block text {@code [start, end)}, whether a hyphen is drawn after it,
 * and how far its first and last marks hang into the margins (pixels).
 */
record LineRange(int start, int end, boolean hyphenated, double hangStart, double hangEnd) {
    static LineRange plain(int start, int end) {
        return new LineRange(start, end, false, 0, 0);
    }
}
