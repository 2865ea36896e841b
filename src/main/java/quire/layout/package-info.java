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
 * <p>Invariants (tested): lines of a block cover its text exactly, in order, with nothing lost or
 * repeated; every line lies inside its page's content box; a paragraph breaks across pages only
 * between lines. Positions are {@link quire.layout.Anchor}s (block + character offset), never page
 * numbers, so a place survives any re-layout.
 */
package quire.layout;
