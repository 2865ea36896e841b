/**
 * The vocabulary of places in a story's text, shared by every part of Quire: an {@link
 * quire.place.Anchor} (a leaf block and a character offset in its text), a {@link quire.place.TextRange}
 * (the text between two anchors) and a {@link quire.place.BlockRole} (what a leaf block is to a listener).
 * A feature names a place with these and never needs the layout engine to do it.
 *
 * <p>Contract: plain immutable values that depend on nothing else in Quire and on no library, so that any
 * package may use them and they can never pull one in. Where a place is drawn is the engine's business,
 * how it is found again in a changed text the marks'.
 */
package quire.place;
