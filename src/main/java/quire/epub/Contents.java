package quire.epub;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The book's own contents: each page's chapter title, from EPUB 3's nav page (its {@code toc} nav) or
 * else EPUB 2's NCX. A page several entries point into (one file, many sections) gets the first title;
 * a page no entry names continues the chapter before it (converters split long chapters into files).
 */
final class Contents {
    private Contents() {
    }

    /** Archive path of a page to its chapter title, in the contents' order; empty when the book has none. */
    static Map<String, String> of(EpubArchive archive, PackageDocument opf) {
        Map<String, String> titles = new LinkedHashMap<>();
        opf.nav().flatMap(path -> archive.file(path).map(bytes -> fromNav(path, Markup.xml(bytes))))
                .ifPresent(titles::putAll);
        if (titles.isEmpty()) {
            opf.ncx().flatMap(path -> archive.file(path).map(bytes -> fromNcx(path, Markup.xml(bytes))))
                    .ifPresent(titles::putAll);
        }
        return titles;
    }

    private static Map<String, String> fromNav(String navPath, Document nav) {
        Element toc = null;
        for (Element element : nav.getAllElements()) {
            if (Markup.localName(element).equals("nav")) {
                if (toc == null || (" " + Markup.attr(element, "type") + " ").contains(" toc ")) {
                    toc = element;
                }
            }
        }
        Map<String, String> titles = new LinkedHashMap<>();
        if (toc != null) {
            for (Element link : toc.getElementsByTag("a")) {
                add(titles, navPath, link.attr("href"), link.text());
            }
        }
        return titles;
    }

    private static Map<String, String> fromNcx(String ncxPath, Document ncx) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (Element point : ncx.getAllElements()) {
            if (!Markup.localName(point).equals("navpoint")) {
                continue;
            }
            String label = "";
            String src = "";
            for (Element child : point.children()) {
                String name = Markup.localName(child);
                if (name.equals("navlabel")) {
                    label = child.text();
                } else if (name.equals("content")) {
                    src = child.attr("src");
                }
            }
            add(titles, ncxPath, src, label);
        }
        return titles;
    }

    private static void add(Map<String, String> titles, String from, String href, String title) {
        Optional<String> path = EpubArchive.resolve(from, href);
        if (path.isPresent() && !title.isBlank()) {
            titles.putIfAbsent(path.get(), title.strip());
        }
    }
}
