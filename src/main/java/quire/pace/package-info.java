/**
 * The reader's own pace, from the time they spend on pages. No JavaFX and no clock of its own: the
 * caller says when a page is shown and when the window has the reader's attention, and a {@link
 * quire.pace.Ticker} tells the time, so tests drive it with a fake one.
 *
 * <p>Contract: {@link quire.pace.PageTimer} adds up the time a view of pages is shown while the window
 * is focused; when the reader moves on, the view counts as a {@link quire.pace.PageRead} only if that
 * time is at least {@link quire.pace.PageTimer#MIN_MILLIS} (a page skipped past) and at most {@link
 * quire.pace.PageTimer#MAX_MILLIS} (the reader walked away) and the view had words. {@link
 * quire.pace.ReadingPace} keeps totals (pages, words, milliseconds) and gives words a minute once
 * {@link quire.pace.ReadingPace#PAGES_NEEDED} pages are counted, {@link
 * quire.pace.ReadingPace#DEFAULT_WORDS_PER_MINUTE} until then. Totals are plain values, stored per
 * story and globally by {@code quire.settings}.
 */
package quire.pace;
