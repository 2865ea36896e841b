/**
 * Screens and views. They read models and call commands; they do not compute layout.
 *
 * <p>{@link quire.ui.start.ConsentScreen} shows the story's metadata and asks before the text appears;
 * {@link quire.ui.reading.ReaderScreen} shows the pages the engine made, drawing each run exactly where the
 * engine placed it; {@link quire.ui.start.ProblemScreen} explains a story that could not be opened.
 * {@link quire.ui.page.ReaderModel} holds the reading position as an anchor and turns pages, and the reader's
 * pace (words a minute, set by the app) that "time left" and chapter lengths use;
 * the keys' commands come from the one table in {@link quire.ui.command}, and each feature adds what
 * they do to the reading view's {@link quire.ui.command.CommandTable}.
 * {@link quire.ui.FxTextMeasurer} is the engine's measurer on real JavaFX fonts.
 *
 * <p>Taking the text: every range the reader sees behind the text (the selection, search matches, and
 * later highlights and the word read aloud) is a {@link quire.place.TextRange} in one
 * {@link quire.ui.RangeLayers}, by {@link quire.ui.RangeKind}; the page views draw them all the same way
 * and redraw only the ranges when they change. {@link quire.ui.selection.TextTools} owns the selection
 * ({@link quire.ui.selection.SelectionModel}, {@link quire.ui.selection.SelectionGestures}), copying, the right-click menu and
 * the search bar ({@link quire.ui.search.SearchModel}, {@link quire.ui.search.SearchBar}); a new kind of range adds a
 * kind and a feature that sets it, not another way of drawing.
 *
 * <p>Scroll mode: {@link quire.ui.scroll.ScrollModel} holds the column and how far down it the viewport is,
 * and keeps the reader model's anchor on the first fully visible line (while a long story is counted,
 * a preview around it, made again near either of its ends, the text kept still to the pixel when the
 * lines are the same); {@code ScrollView} draws only
 * the lines near the viewport, as one page of the same page view, so selection and ranges work there
 * unchanged. A selecting drag held past the text's top or bottom edge scrolls the column
 * ({@code DragAutoScroll}, at frame rate, by the pure speed rule {@code AutoScrollSpeed}) and the
 * selection follows the line at the edge.
 *
 * <p>Read aloud: {@code ReadAloudTools}, made on the first R, owns its commands (R, Esc while reading,
 * Ctrl+[ and Ctrl+]) and its bar ({@link quire.ui.readaloud.ReadAloudBar}); each frame it asks the
 * {@link quire.speech.Narrator} which word is heard and sets the spoken word and sentence ranges, turning
 * the page (through {@link quire.ui.page.ReaderModel#reveal}) when the word leaves the pages in view. Page
 * turns the reader asks for move the reading to the new page.
 */
package quire.ui;
