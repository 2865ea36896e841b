package quire.epub;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import quire.story.Story;
import quire.story.StoryException;

/**
 * Opens an EPUB (2 or 3) from its bytes: the zip in memory, the package file through the container,
 * the pages in spine order, chapter titles from the contents. Every problem, a broken zip or a parser's
 * surprise alike, becomes a {@link StoryException} that names the file; nothing unchecked escapes.
 */
public final class EpubReader {

    /** The story in {@code bytes}, an EPUB the reader calls {@code fileName}. */
    public Story read(String fileName, byte[] bytes) throws StoryException {
        try {
            EpubArchive archive = EpubArchive.read(fileName, bytes);
            PackageDocument opf = PackageDocument.of(fileName, archive);
            DrmCheck.check(fileName, archive, opf);
            Map<String, String> titles = Contents.of(archive, opf);
            List<StoryPages.Page> pages = new ArrayList<>();
            for (PackageDocument.SpineItem item : opf.spine()) {
                if (opf.nav().filter(item.path()::equals).isPresent()) {
                    continue;
                }
                byte[] page = archive.file(item.path()).orElseThrow();
                Document document = item.xml() ? Markup.xml(page) : Markup.html(page);
                pages.add(new StoryPages.Page(Markup.body(document), Optional.ofNullable(titles.get(item.path()))));
            }
            return StoryPages.assemble(fileName, pages, List.of(OpfMetadata.of(opf)), false);
        } catch (RuntimeException | StackOverflowError unexpected) {
            throw new StoryException(fileName, "its text could not be read (" + unexpected.getClass().getSimpleName()
                    + "). Please report this file.");
        }
    }
}
