package quire.epub;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import quire.story.StoryException;
import quire.story.Story;
import quire.story.StoryMetadata;

/**
 * Opens one (X)HTML page as a story: AO3's HTML download, or any story saved as a web page. AO3's
 * preface and afterword become metadata; the rest is the text. A page that starts with an XML
 * declaration is read as XHTML, any other as a browser reads HTML.
 */
public final class HtmlStoryReader {

    public Story read(String fileName, byte[] bytes) throws StoryException {
        try {
            Document page = startsWithXmlDeclaration(bytes) ? Markup.xml(bytes) : Markup.html(bytes);
            Element body = Markup.body(page);
            MetadataDraft head = new MetadataDraft();
            Element title = page.selectFirst("title");
            if (title != null) {
                head.title(title.text());
            }
            Element html = page.selectFirst("html");
            if (html != null) {
                head.other("Language", html.hasAttr("lang") ? html.attr("lang") : html.attr("xml:lang"));
            }
            List<StoryMetadata> lessTrusted = List.of(head.build());
            return StoryPages.assemble(fileName, List.of(new StoryPages.Page(body, Optional.empty())), lessTrusted, true);
        } catch (RuntimeException | StackOverflowError unexpected) {
            throw new StoryException(fileName, "its text could not be read (" + unexpected.getClass().getSimpleName()
                    + "). Please report this file.");
        }
    }

    private static boolean startsWithXmlDeclaration(byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        String head = new String(bytes, start, Math.min(5, bytes.length - start), java.nio.charset.StandardCharsets.US_ASCII);
        return head.equals("<?xml");
    }
}
