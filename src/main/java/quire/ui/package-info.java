/**
 * Screens and views, split into rooms by feature; this package is their shared base. They read models
 * and call commands; they do not compute layout.
 *
 * <p>The base holds what every room may use and knows no room: the reader's settings as one observable
 * value ({@link quire.ui.SettingsModel}); the one way ranges are drawn behind the text, every range the
 * reader sees (the selection, search matches, highlights, the word read aloud) being a
 * {@link quire.place.TextRange} in one {@link quire.ui.RangeLayers} by {@link quire.ui.RangeKind}; the
 * engine's measurer on real JavaFX fonts ({@link quire.ui.FxTextMeasurer}) and the fonts installed
 * ({@link quire.ui.FontCatalog}); the themes' colours ({@link quire.ui.ThemePalette},
 * {@link quire.ui.Contrast}); and the window's title ({@link quire.ui.WindowTitle}).
 *
 * <p>The rooms, top to bottom ({@code quire.architecture.LayeringTest} checks the arrows):
 * {@link quire.ui.reading} is the reading screen, which composes the features; {@link quire.ui.start}
 * holds the screens before or instead of a story. The features {@link quire.ui.selection},
 * {@link quire.ui.search}, {@link quire.ui.marks}, {@link quire.ui.readaloud} and
 * {@link quire.ui.settings} each hold their model, view and commands, and act on the page
 * ({@link quire.ui.page}: the reading position and the page view) and its scroll column
 * ({@link quire.ui.scroll}); the panels share a frame ({@link quire.ui.panel}), and the keys come from
 * the one table in {@link quire.ui.command}. A feature does not reach into another, but for three
 * arrows: marks to selection, selection to search, settings to read aloud.
 */
package quire.ui;
