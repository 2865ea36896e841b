/**
 * The reader's marks: bookmarks, highlights and notes, as values. A mark is a range of the story's text
 * ({@link quire.layout.TextRange}, block + offset, like the reading position) together with the words it
 * covers and a few words either side ({@link TextQuote}, after the W3C Web Annotation
 * TextQuoteSelector). When the story file changes, {@link Reanchor} finds each mark's words again: the
 * same place if its words are still there, else the quote with its context, else a close (fuzzy) match
 * of the quote; a mark whose words are gone is kept, marked not found, and never moved onto other words.
 * {@link MarkBook} holds one story's marks in story order and keeps highlights from overlapping;
 * {@link MarksExport} writes them as Markdown with the author's exact words. No JavaFX, no files here.
 */
package quire.marks;
