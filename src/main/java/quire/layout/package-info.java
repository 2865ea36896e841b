/**
 * The pagination engine: story x page spec x text measurer -> pages of placed lines. No scene graph.
 *
 * <p>{@link quire.layout.Paginator#paginate} is the entry point. It flattens the story into leaf
 * blocks (paragraphs, headings, scene breaks, preformatted text; quotes and lists become indents and
 * markers), breaks each block into lines at the page's content width using only the
 * {@link quire.layout.TextMeasurer} it is given, and packs the lines into pages of the page's content
 * height. Every line carries the exact runs to draw and where: a view draws those runs at those
 * positions and never wraps text on its own, so what the engine counted is what the reader sees.
 *
 * <p>Typesetting, as a printed book is set. A paragraph is broken whole (Knuth and Plass, in
 * {@code KnuthPlass}, driven by {@code OptimalBreaker}): boxes for words, glue for spaces that
 * stretches and shrinks when justified (or a stretchable right edge when ragged), penalties after
 * dashes and, in a second pass, at hyphenation points from Liang's patterns ({@link
 * quire.layout.Hyphenator}, for the story's language, {@link quire.layout.HyphenationLibrary}). At most
 * two hyphenated lines in a row; a hyphen on a paragraph's second-to-last line and a very short last
 * line cost extra; a page does not end on a hyphen when its paragraph can be set otherwise
 * ({@code PageEndRebreak}). Opening quotes and closing punctuation may hang into the margins, by less
 * than their own width and never past the page's margin. Justified paragraphs that word spaces cannot
 * set within one and a half spaces, even with hyphens, get a third pass in which letters may be spaced
 * a little wider or tighter ({@code LetterSpacing}: a run's {@link quire.layout.Run#tracking()}, at most
 * 0.023 em wider and 0.012 em tighter per letter gap) and drawn a little wider or narrower
 * ({@code GlyphExpansion}: a run's {@link quire.layout.Run#scale()}, within 2%), both by the same share
 * of their limits, word spaces first; only then the emergency pass.
 * Chinese and Japanese break between characters
 * where UAX #14 allows.
 *
 * <p>Invariants (tested): lines of a block cover its text exactly, in order, with nothing lost or
 * repeated; hyphenation never changes the text: the drawn hyphen is a decoration ({@link
 * quire.layout.Run#NOT_TEXT}, in {@link quire.layout.Line#decorations()}, with {@link
 * quire.layout.Line#hyphenated()} set), so runs hold the author's word in two halves on two lines;
 * every line lies inside its page's content box but for hanging punctuation; a paragraph breaks
 * across pages only between lines. Positions are {@link quire.place.Anchor}s (block + character
 * offset), never page numbers, so a place survives any re-layout.
 *
 * <p>Scroll mode reads a {@link quire.layout.ScrollColumn}: the pages' own lines stacked into one
 * column with the space each asks for above it, and the arithmetic of a viewport on it (the line at a
 * y, an anchor's line, a line or a screen less one line forward and back). Nothing is set again. The
 * last chapter's heading can always reach the viewport's top (the column then ends with blank room).
 * For a long story in Scroll mode, {@link quire.layout.Paginator#preview} also sets a few pages
 * before the anchor, so the column can be scrolled back while the exact pages are counted.
 */
package quire.layout;
