/**
 * The one command table: every key Quire answers, declared once by the feature that owns it.
 *
 * <p>Each feature's {@code *Keys} class lists its commands' keys ({@link quire.ui.command.Binding}) and
 * the rows of the keyboard help that tell them ({@link quire.ui.command.HelpRow});
 * {@link quire.ui.command.Keys#MAP} puts them together, refuses a key bound twice, and answers which
 * {@link quire.ui.command.ReaderCommand} a key press means. The keyboard help's rows and the README's
 * keys table are made from the same rows (a test compares the README with them). What a command
 * does is not here: each screen has a {@link quire.ui.command.CommandTable} to which each feature adds
 * its handlers, with the condition each applies in. Routing is: the window asks the map for the
 * command, then runs it on the table of what is in view. Pure apart from JavaFX's key codes.
 */
package quire.ui.command;
