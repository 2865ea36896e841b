/**
 * Taking the text: the selection, copying and the right-click menu.
 *
 * <p>{@link quire.ui.selection.SelectionModel} is the selection, a {@link quire.place.TextRange} of the
 * story drawn as a range; {@link quire.ui.selection.SelectionGestures} is the mouse on the pages
 * (dragging, double- and triple-click, Shift+click, the side clicks that turn pages) and
 * {@code TextMenu} the right-click menu. {@link quire.ui.selection.SelectionController} owns these and their
 * commands (Ctrl+C, Ctrl+A, Esc), and also opens the search bar (Ctrl+F, F3, the menu's "Search for"),
 * seeding it with the selected words: the search's Esc comes before the selection's, in one place.
 *
 * <p>Uses {@link quire.ui.page}, {@link quire.ui.scroll} (a drag held past an edge scrolls the column),
 * {@link quire.ui.search}, the command table and the shared base.
 */
package quire.ui.selection;
