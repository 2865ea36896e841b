/**
 * Where the reader's marks are kept: each story's in a readable JSON file of its own ({@link
 * quire.markstore.MarksStore}, {@code marks/<key>.json} in the config folder), apart from the settings,
 * so damage to one story's marks touches no other story's and no settings. It knows the marks'
 * values ({@code quire.marks}) and the file helpers ({@code quire.files}), and nothing of the settings.
 *
 * <p>Contract: a file is read entry by entry: a bad entry is left out and the good ones kept, twin ids
 * are made unique, a newer version's file is read as far as it can be, and whenever a file is not taken
 * as it was it is copied aside before anything is written over it. A note is never cut, however long;
 * the largest file a save may write is the largest a load reads. The file's format (schema version 1)
 * is the one Quire has always written there.
 */
package quire.markstore;
