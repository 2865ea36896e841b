package quire.epub;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import quire.story.ContentHash;
import quire.story.StoryException;
import quire.story.Story;
import quire.story.StoryHead;
import quire.story.StoryMetadata;
import quire.story.StoryOpening;

/**
 * Opens one (X)HTML page as a story: AO3's HTML download, or any story saved as a web page. AO3's
 * preface and afterword become metadata; the rest is the text. A page that starts with an XML
 * declaration is read as XHTML, any other as a browser reads HTML. The head of a long page is read from
 * its first 256 KB, where AO3 puts the preface; the whole page is parsed when its text is asked. Its
 * pictures are those in {@code data:} addresses: an image file beside the page is never read.
 */
public final class HtmlStoryReader {
    /** A page up to this size is parsed once, for its head and its text alike. */
    static final int HEAD_BYTES = 256 * 1024;

    public Story read(String fileName, byte[] bytes) throws StoryException {
        return open(fileName, bytes).text();
    }

    public StoryOpening open(String fileName, byte[] bytes) throws StoryException {
        String hash = ContentHash.ofParts(List.of(bytes));
        if (bytes.length <= HEAD_BYTES) {
            Story story = story(fileName, hash, bytes);
            return StoryOpening.of(story);
        }
        try {
            Page first = Page.of(Arrays.copyOf(bytes, HEAD_BYTES));
            StoryMetadata metadata = StoryPages.metadataOf(List.of(first.page()), List.of(first.head()), true);
            return new StoryOpening(new StoryHead(fileName, hash, metadata), true, () -> story(fileName, hash, bytes));
        } catch (RuntimeException | StackOverflowError unexpected) {
            throw EpubReader.unreadable(fileName, unexpected);
        }
    }

    private static Story story(String fileName, String hash, byte[] bytes) throws StoryException {
        try {
            Page whole = Page.of(bytes);
            new StoredImages(null).attach(whole.page().body(), "");
            return StoryPages.assemble(fileName, hash, List.of(whole.page()), List.of(whole.head()), true);
        } catch (RuntimeException | StackOverflowError unexpected) {
            throw EpubReader.unreadable(fileName, unexpected);
        }
    }

    /** The page's body, and what its {@code title} and language say (less trusted than a preface). */
    private record Page(StoryPages.Page page, StoryMetadata head) {
        static Page of(byte[] bytes) {
            Document document = startsWithXmlDeclaration(bytes) ? Markup.xml(bytes) : Markup.html(bytes);
            Element body = Markup.body(document);
            MetadataDraft head = new MetadataDraft();
            Element title = document.selectFirst("title");
            if (title != null) {
                head.title(title.text());
            }
            Element html = document.selectFirst("html");
            if (html != null) {
                head.other("Language", html.hasAttr("lang") ? html.attr("lang") : html.attr("xml:lang"));
            }
            return new Page(new StoryPages.Page(body, Optional.empty()), head.build());
        }
    }

    private static boolean startsWithXmlDeclaration(byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        String head = new String(bytes, start, Math.min(5, bytes.length - start), java.nio.charset.StandardCharsets.US_ASCII);
        return head.equals("<?xml");
    }
}
