/**
 * Screens and views. They read models and call commands; they do not compute layout.
 *
 * <p>{@link quire.ui.ConsentScreen} shows the story's metadata and asks before the text appears;
 * {@link quire.ui.ReaderScreen} shows the pages the engine made, drawing each run exactly where the
 * engine placed it; {@link quire.ui.ProblemScreen} explains a story that could not be opened.
 * {@link quire.ui.ReaderModel} holds the reading position as an anchor and turns pages;
 * {@link quire.ui.ReaderKeys} maps keys to its commands so they work whatever has focus.
 * {@link quire.ui.FxTextMeasurer} is the engine's measurer on real JavaFX fonts.
 */
package quire.ui;
