/**
 * How Quire reads and writes its own files, whatever they hold; the stores ({@code quire.settings},
 * {@code quire.markstore}) build on these and know only their own formats.
 *
 * <p>Contract: {@link quire.files.FileRead} reads only a regular file, never more of it than its limit,
 * and says in words why it could not; {@link quire.files.AtomicFiles} writes a file so that a crash leaves
 * the old content or the new, and later removes the temporary files of writes killed midway; {@link
 * quire.files.SetAside} moves or copies a file that was not used as it was next to itself with a
 * timestamp, never deleting it, and gives the sentence for the reader; {@link quire.files.Loaded} is a
 * value read with what went wrong on the way. No formats, no JavaFX, nothing else of Quire's.
 */
package quire.files;
