/**
 * Stories from EPUB and (X)HTML files, mapped once into {@link quire.story}'s records: nothing past this
 * package knows a story came from an EPUB.
 *
 * <p>{@link quire.epub.EpubReader} opens an EPUB 2 or 3 from its bytes; {@link quire.epub.HtmlStoryReader}
 * opens one HTML or XHTML page (AO3's HTML download). Both answer with a {@link quire.story.Story} or a
 * {@link quire.story.StoryException} naming the file and what is wrong; no unchecked exception leaves.
 *
 * <p>Guarantees: the zip is read in memory with limits on entries, unpacked size and compression ratio,
 * and is never extracted; DRM is refused, not worked around; jsoup (used only here) parses every page and
 * never fetches anything or expands an entity beyond HTML's; a picture stored in the book (or in a
 * {@code data:} address) becomes a picture block, any other image its alt text, and links their text.
 * The metadata comes from, most trusted first: AO3's preface, FanFicFare's title page, a
 * {@code Label: value} title page (fichub, fanfiction.net's "Rated:" line), then the OPF's Dublin Core.
 * Metadata pages do not appear in the text (AO3's preface, however many files calibre split it into,
 * is one); authors' chapter notes stay at their chapters, set apart as block quotes. No JavaFX here; this package may use only {@code quire.story} and {@code quire.place}.
 */
package quire.epub;
