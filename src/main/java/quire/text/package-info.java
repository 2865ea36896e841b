/**
 * Taking the text: pure operations on the story's block texts, the strings that anchors index into.
 * No JavaFX.
 *
 * <p>{@link quire.text.SearchIndex} finds a query the way a reader means it: case, accents, and the kind
 * of quote, dash and ellipsis are ignored ({@link quire.text.SearchFolding}), and every match is a
 * {@link quire.place.TextRange} of the author's text as written. {@link quire.text.CopyText} gives the
 * author's exact characters for a range: a line end the engine chose becomes nothing (the space that was
 * there stays), a paragraph end a blank line; a hyphen drawn to break a line is never in it, since it is
 * not in the text. {@link quire.text.TextUnits} finds the word or paragraph around a place for double-
 * and triple-click.
 */
package quire.text;
