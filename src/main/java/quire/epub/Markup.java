package quire.epub;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Parses an EPUB's XML and (X)HTML with jsoup, which never touches the network, reads no DTD and so
 * expands no entity beyond HTML's own. The encoding comes from a byte-order mark, the XML declaration
 * or a {@code <meta charset>}; one Java does not know is read as UTF-8 (a wrong letter beats no story).
 */
final class Markup {
    private Markup() {
    }

    /** An XML file (container, OPF, NCX) or an XHTML page: empty elements such as {@code <p/>} stay empty. */
    static Document xml(byte[] bytes) {
        return parse(bytes, Parser.xmlParser());
    }

    /** An HTML page as a browser would read it, unclosed tags and all. */
    static Document html(byte[] bytes) {
        return parse(bytes, Parser.htmlParser());
    }

    /** A fragment of HTML such as an OPF's {@code dc:description}. */
    static Element fragment(String html) {
        return Jsoup.parseBodyFragment(html).body();
    }

    private static Document parse(byte[] bytes, Parser parser) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), null, "", parser);
        } catch (IOException | UncheckedIOException | IllegalArgumentException unknownCharset) {
            try {
                return Jsoup.parse(new ByteArrayInputStream(bytes), "UTF-8", "", parser);
            } catch (IOException impossible) {
                throw new UncheckedIOException(impossible);
            }
        }
    }

    /** The page's body, or its root element when it has none (a fragment, or XML without {@code <body>}). */
    static Element body(Document page) {
        Element body = page.selectFirst("body");
        if (body != null) {
            return body;
        }
        Element html = page.selectFirst("html");
        return html != null ? html : page;
    }

    /** An element's local name, lower case, without a namespace prefix ({@code dc:title} is "title"). */
    static String localName(Element element) {
        String name = element.normalName();
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    /** The attribute by its local name, whatever prefix it carries ({@code opf:role}, {@code full-path}). */
    static String attr(Element element, String localName) {
        if (element.hasAttr(localName)) {
            return element.attr(localName);
        }
        for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
            String key = attribute.getKey();
            int colon = key.indexOf(':');
            if (colon >= 0 && key.substring(colon + 1).equalsIgnoreCase(localName)) {
                return attribute.getValue();
            }
        }
        return "";
    }
}
