/**
 * The reading screen, which puts the page and the features together.
 *
 * <p>{@link quire.ui.reading.ReaderScreen} shows the pages the engine made (one, or a spread), or
 * Scroll mode's column, with its footer ({@code ReaderFooter}, in the longest of
 * {@link quire.ui.reading.FooterText}'s forms that fits); it makes the features' controllers (taking
 * the text, marks, and read aloud on the first R) and each adds what its keys do to the screen's
 * {@link quire.ui.command.CommandTable}; its own are the moves ({@code PageMoves}), the wheel
 * ({@link quire.ui.reading.WheelTurns}) and the page-turn fade. Its overlays are the contents, go to
 * page and the story's info with the reader's pace ({@link quire.ui.reading.PaceText}).
 * {@link quire.ui.reading.ReaderWarmUp} prepares the screen's work while the consent screen is read.
 *
 * <p>The one room that may use every other room of {@code quire.ui}; none uses it. The app builds it
 * and its panels.
 */
package quire.ui.reading;
