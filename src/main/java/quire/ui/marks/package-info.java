/**
 * Bookmarks, highlights and notes in the reading view.
 *
 * <p>{@link quire.ui.marks.MarksModel} holds the story's {@link quire.marks.MarkBook} and the commands
 * a reader gives, and draws the highlights as ranges; {@link quire.ui.marks.MarksController} owns the keys (B,
 * H, Delete, Ctrl+Z, N's target), the ribbon and the note markers in the margin
 * ({@code NoteMarkers}). The marks panel ({@link quire.ui.marks.MarksPanel}, with {@code MarkCell} and
 * {@link quire.ui.marks.MarkFilter}), the note editor ({@link quire.ui.marks.NoteEditor},
 * {@code NoteLimit}) and the export ({@link quire.ui.marks.ExportedMarks}) are built by the app.
 *
 * <p>Uses {@link quire.ui.page}, {@link quire.ui.selection} (a highlight is made from the selection),
 * the command table and the shared base. The marks store is the app's: the model tells it of changes.
 */
package quire.ui.marks;
