package quire.epub;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import quire.story.ContentHash;
import quire.story.Story;
import quire.story.StoryException;
import quire.story.StoryHead;
import quire.story.StoryMetadata;
import quire.story.StoryOpening;

/**
 * Opens an EPUB (2 or 3) from its bytes: the zip in memory, the package file through the container,
 * the pages in spine order, chapter titles from the contents. The head (what the consent screen shows)
 * comes from the package file and the book's first pages, where AO3 and FanFicFare put their preface;
 * the pages are parsed into text only when asked, with the pictures stored in the book
 * ({@link StoredImages}). The story's hash is that of its pages' bytes, in reading order. Every problem, a broken zip or a parser's surprise alike, becomes a
 * {@link StoryException} that names the file; nothing unchecked escapes.
 */
public final class EpubReader {

    /** The story in {@code bytes}, an EPUB the reader calls {@code fileName}. */
    public Story read(String fileName, byte[] bytes) throws StoryException {
        return open(fileName, bytes).text();
    }

    /** The book in {@code bytes} read as far as its head. */
    public StoryOpening open(String fileName, byte[] bytes) throws StoryException {
        try {
            EpubArchive archive = EpubArchive.read(fileName, bytes);
            PackageDocument opf = PackageDocument.of(fileName, archive);
            DrmCheck.check(fileName, archive, opf);
            List<PackageDocument.SpineItem> spine = new ArrayList<>();
            List<byte[]> files = new ArrayList<>();
            for (PackageDocument.SpineItem item : opf.spine()) {
                if (opf.nav().filter(item.path()::equals).isEmpty()) {
                    spine.add(item);
                    files.add(archive.file(item.path()).orElseThrow());
                }
            }
            List<StoryMetadata> lessTrusted = List.of(OpfMetadata.of(opf));
            StoryHead head = new StoryHead(fileName, ContentHash.ofParts(files),
                    StoryPages.metadataOf(parsedAsAsked(archive, spine), lessTrusted, false));
            return new StoryOpening(head, true, () -> text(fileName, head, archive, opf, spine, lessTrusted));
        } catch (RuntimeException | StackOverflowError unexpected) {
            throw unreadable(fileName, unexpected);
        }
    }

    private static Story text(String fileName, StoryHead head, EpubArchive archive, PackageDocument opf,
                              List<PackageDocument.SpineItem> spine, List<StoryMetadata> lessTrusted)
            throws StoryException {
        try {
            List<StoryPages.Page> pages = pages(archive, spine, Contents.of(archive, opf), new StoredImages(archive));
            return StoryPages.assemble(fileName, head.contentHash(), pages, lessTrusted, false);
        } catch (RuntimeException | StackOverflowError unexpected) {
            throw unreadable(fileName, unexpected);
        }
    }

    /** The book's pages, each parsed when asked for: the head reads only the first few. */
    private static List<StoryPages.Page> parsedAsAsked(EpubArchive archive, List<PackageDocument.SpineItem> spine) {
        return new AbstractList<>() {
            @Override
            public StoryPages.Page get(int index) {
                return pages(archive, List.of(spine.get(index)), Map.of(), null).get(0);
            }

            @Override
            public int size() {
                return spine.size();
            }
        };
    }

    private static List<StoryPages.Page> pages(EpubArchive archive, List<PackageDocument.SpineItem> items,
                                               Map<String, String> titles, StoredImages pictures) {
        List<StoryPages.Page> pages = new ArrayList<>();
        for (PackageDocument.SpineItem item : items) {
            byte[] page = archive.file(item.path()).orElseThrow();
            Document document = item.xml() ? Markup.xml(page) : Markup.html(page);
            Element body = Markup.body(document);
            if (pictures != null) {
                pictures.attach(body, item.path());
            }
            pages.add(new StoryPages.Page(body, Optional.ofNullable(titles.get(item.path()))));
        }
        return pages;
    }

    static StoryException unreadable(String fileName, Throwable unexpected) {
        return new StoryException(fileName, "its text could not be read (" + unexpected.getClass().getSimpleName()
                + "). Please report this file.");
    }
}
