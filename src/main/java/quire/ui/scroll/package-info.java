/**
 * Scroll mode: the story as one column instead of pages.
 *
 * <p>{@link quire.ui.scroll.ScrollModel} holds the column and how far down it the viewport is, and
 * keeps the reader model's anchor on the first fully visible line (while a long story is counted, a
 * preview around it, made again near either of its ends, the text kept still to the pixel when the
 * lines are the same); {@code ScrollView} draws only the lines near the viewport, as one page of the
 * same {@link quire.ui.page.PageView}, so selection and ranges work there unchanged. A selecting drag
 * held past the text's top or bottom edge scrolls the column ({@link quire.ui.scroll.DragAutoScroll},
 * at frame rate, by the pure speed rule {@link quire.ui.scroll.AutoScrollSpeed}).
 *
 * <p>Uses {@link quire.ui.page} and the shared base; the reading screen switches it on and off, and its
 * keys are the reading screen's.
 */
package quire.ui.scroll;
