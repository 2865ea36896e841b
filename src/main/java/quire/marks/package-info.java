/**
 * The reader's marks: bookmarks, highlights and notes, as values. A mark is a range of the story's text
 * ({@link quire.place.TextRange}, block + offset, like the reading position) together with the words it
 * covers and a few words either side ({@link TextQuote}, after the W3C Web Annotation
 * TextQuoteSelector). When the story file changes, {@link Reanchor} finds each mark's words again: the
 * same place if its words are still there, else the quote with its context, else a close (fuzzy) match
 * of the quote; a mark whose words are gone is kept, marked not found, and never moved onto other words.
 * {@link MarkBook} holds one story's marks in story order and keeps highlights from overlapping;
 * {@link MarksExport} writes them as Markdown that any CommonMark reader shows with the author's and the
 * reader's exact words (escaped by {@link MarkdownText}, so no quote or note can become syntax), and
 * {@link MarksJson} as W3C Web Annotations (JSON), each mark with its quote selector, note, colour and
 * place; {@link ExportFormat} says which a file's name asks for. No JavaFX, no files here: each story's
 * marks are kept by {@code quire.markstore}.
 */
package quire.marks;
