/**
 * The reader's settings and each story's state, and where Quire keeps them. Records for the reader's
 * global settings ({@link quire.settings.ReadingSettings}, made of five small groups: {@link
 * quire.settings.FontAndSpacing}, {@link quire.settings.LinesAndParagraphs}, {@link
 * quire.settings.PageLayout}, {@link quire.settings.Appearance} and {@link quire.settings.ReadAloud};
 * {@link quire.settings.WindowPlacement}; the reader's {@link quire.pace.ReadingPace} over all stories)
 * and for each story ({@link quire.settings.StoryState}: reading position, consent choice and reading
 * pace, keyed by a hash of the story's content), stored as JSON with a schema version by {@link
 * quire.settings.SettingsStore}. A value is changed by a wither on its group
 * ({@code s.with(s.readAloud().withSpeechRate(200))}); each group pulls its own values into range.
 *
 * <p>Contract: loading never fails. A missing file gives defaults; a corrupt, truncated, unreadable or
 * newer-version file is moved aside with a timestamp (never deleted), what was valid in it is kept,
 * the rest is defaults, and the problem is reported as a sentence for the reader. The groups exist in
 * memory only: on disk {@code "reading"} stays the flat object of named values every version has written
 * (schema version 1), so any older file loads whole and an older Quire reads a newer one. Saving is atomic
 * (temporary file in the same folder, flushed to disk, then moved over the old one), so a crash at any
 * moment leaves the old file or the new one, never a broken one; a write killed midway leaves its
 * temporary file ({@code .<name><digits>.tmp}), which a later start deletes once it is a minute old. Only
 * a regular file is read, and never more of it than its limit.
 *
 * <p>The files are read and written with {@code quire.files}. The reader's marks are not kept here but
 * in {@code quire.markstore}, each story's in a file of its own. The pace is kept here only as the
 * totals {@code quire.pace} counts ({@link quire.pace.ReadingPace}), a value in these files since they
 * first held it; timing pages is the pace feature's.
 */
package quire.settings;
