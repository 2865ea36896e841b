package quire.pace;

import java.util.Optional;

/**
 * Times the view of pages in front of the reader. {@link #show(int)} starts a new view (and ends the one
 * before); {@link #setAttentive(boolean)} pauses the count while the window is not focused (or a panel
 * covers the page). Only focused time counts, and a view counts only when that time is between {@link
 * #MIN_MILLIS} and {@link #MAX_MILLIS}.
 */
public final class PageTimer {
    /** A page shown for less than this was turned past, not read. */
    public static final long MIN_MILLIS = 3_000;
    /** A page shown for more than this was left open while the reader did something else. */
    public static final long MAX_MILLIS = 10 * 60_000;

    private final Ticker ticker;
    private final long minMillis;
    private final long maxMillis;
    private boolean showing;
    private int words;
    private boolean attentive = true;
    /** Focused time of the current view before the latest resume. */
    private long banked;
    /** When the current stretch of focused time began. */
    private long resumedAt;

    public PageTimer(Ticker ticker) {
        this(ticker, MIN_MILLIS, MAX_MILLIS);
    }

    /** With other limits: for a test, or a demonstration that cannot wait three seconds a page. */
    public PageTimer(Ticker ticker, long minMillis, long maxMillis) {
        if (minMillis < 1 || maxMillis < minMillis) {
            throw new IllegalArgumentException("limits " + minMillis + " to " + maxMillis + " ms");
        }
        this.ticker = ticker;
        this.minMillis = minMillis;
        this.maxMillis = maxMillis;
    }

    /** A new view of pages with {@code pageWords} words is shown; the one before ends, and counts if it may. */
    public Optional<PageRead> show(int pageWords) {
        Optional<PageRead> ended = end();
        showing = true;
        words = pageWords;
        banked = 0;
        resumedAt = ticker.millis();
        return ended;
    }

    /** The reader's attention came or went (the window's focus, a panel over the page). */
    public void setAttentive(boolean now) {
        if (now == attentive) {
            return;
        }
        long at = ticker.millis();
        if (!now) {
            banked += at - resumedAt;
        } else {
            resumedAt = at;
        }
        attentive = now;
    }

    /** Ends the view in front of the reader (leaving the story, quitting); it counts if it may. */
    public Optional<PageRead> end() {
        if (!showing) {
            return Optional.empty();
        }
        long spent = focusedMillis();
        showing = false;
        if (words < 1 || spent < minMillis || spent > maxMillis) {
            return Optional.empty();
        }
        return Optional.of(new PageRead(words, spent));
    }

    /**
     * Starts the view in front of the reader afresh, without counting the time before: the first view, or
     * the same place laid out anew (a resize, a font change), where the time so far was on other pages.
     */
    public void restart(int pageWords) {
        showing = true;
        words = pageWords;
        banked = 0;
        resumedAt = ticker.millis();
    }

    /** The focused time of the view in front of the reader so far. */
    long focusedMillis() {
        return banked + (attentive ? ticker.millis() - resumedAt : 0);
    }
}
