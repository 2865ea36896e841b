/**
 * The page every feature acts on: the reading session and one drawn page.
 *
 * <p>{@link quire.ui.page.ReaderModel} holds the reading position as an anchor and turns pages; the
 * page shown is derived from the anchor whenever the layout changes. It gives its estimates and pace to
 * {@link quire.ui.page.ReadingTime}, the names of places in lists to {@link quire.ui.page.PlaceLabels},
 * chapter moves to {@link quire.ui.page.ChapterMoves}, and a long story's exact pages, made between
 * frames, to {@link quire.ui.page.SlicedLayout}. {@link quire.ui.page.PageView} draws one page exactly
 * as the engine laid it out, with the ranges of {@link quire.ui.RangeLayers} behind the text, and
 * answers which character is under a point.
 *
 * <p>Uses the engine, the story and the shared base {@link quire.ui}; no other room.
 */
package quire.ui.page;
