/**
 * The reader's marks: bookmarks, highlights and notes, as values. A mark is a range of the story's text
 * ({@link quire.place.TextRange}, block + offset, like the reading position) together with the words it
 * covers and a few words either side ({@link TextQuote}, after the W3C Web Annotation
 * TextQuoteSelector, with how many copies of the words the story held). When the story file changes,
 * {@link Reanchor} finds each mark's words again: its own place if the words and their context are
 * still there, else a copy whose context agrees clearly better than any other ({@code QuoteMatch}),
 * else the words between their unchanged context ({@code ContextBracket}: a word changed inside keeps
 * the whole highlight), else a close match with its context ({@code CloseMatch}). Quotes are compared
 * with curly and straight quotes alike; every step checks the context, and a place that is not clearly
 * the best is not taken. A mark that cannot be placed with confidence is kept, marked not found, and
 * never moved onto other words; the reader may place it again on words they choose ({@link
 * MarkBook#placeAgain}). {@code ReanchorProperties} in the tests is the harness that holds this to
 * 0 wrong in 100,000 edits.
 * {@link MarkBook} holds one story's marks in story order and keeps highlights from overlapping;
 * {@link MarksExport} writes them as Markdown that any CommonMark reader shows with the author's and the
 * reader's exact words (escaped by {@link MarkdownText}, so no quote or note can become syntax), and
 * {@link MarksJson} as W3C Web Annotations (JSON), each mark with its quote selector, note, colour and
 * place; {@link ExportFormat} says which a file's name asks for. No JavaFX, no files here: each story's
 * marks are kept by {@code quire.markstore}.
 */
package quire.marks;
