package quire.epub;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import quire.story.StoryException;

/**
 * The book's package file (the OPF), found through {@code META-INF/container.xml}: the reading order
 * (the spine) as archive paths, where the contents are (EPUB 3's nav page or EPUB 2's NCX) and the
 * Dublin Core metadata, each element's text by its local name ("title", "creator") in file order.
 */
record PackageDocument(String path, List<SpineItem> spine, Optional<String> nav, Optional<String> ncx,
                       Map<String, List<String>> dublinCore) {

    /** One page of the reading order; {@code xml} when the manifest says it is XHTML rather than HTML. */
    record SpineItem(String path, String id, boolean xml) {
    }

    PackageDocument {
        spine = List.copyOf(spine);
        dublinCore = Map.copyOf(dublinCore);
    }

    List<String> dc(String name) {
        return dublinCore.getOrDefault(name, List.of());
    }

    static PackageDocument of(String fileName, EpubArchive archive) throws StoryException {
        boolean saysEpub = archive.file("mimetype").map(m -> new String(m, java.nio.charset.StandardCharsets.US_ASCII)
                .strip().equals("application/epub+zip")).orElse(false);
        byte[] container = archive.file("META-INF/container.xml").orElseThrow(() -> new StoryException(fileName, saysEpub
                ? "the EPUB is incomplete: it has no META-INF/container.xml, which says where the book is inside it."
                : "it is a zip archive but not an EPUB (it has no META-INF/container.xml): perhaps a Word document "
                        + "or a folder of files. Save the story as EPUB, HTML, Markdown or plain text and open that."));
        String opfPath = rootFile(Markup.xml(container)).orElseThrow(() -> new StoryException(fileName,
                "the EPUB is incomplete: its META-INF/container.xml names no package file (.opf)."));
        byte[] opf = archive.file(opfPath).orElseThrow(() -> new StoryException(fileName,
                "the EPUB is incomplete: the package file " + opfPath + " that it names is not in it."));
        return read(fileName, opfPath, Markup.xml(opf), archive);
    }

    private static Optional<String> rootFile(Document container) {
        Optional<String> any = Optional.empty();
        for (Element element : container.getAllElements()) {
            if (Markup.localName(element).equals("rootfile")) {
                Optional<String> path = EpubArchive.normalName(Markup.attr(element, "full-path"));
                if (path.isPresent() && Markup.attr(element, "media-type").equals("application/oebps-package+xml")) {
                    return path;
                }
                any = any.isPresent() ? any : path;
            }
        }
        return any;
    }

    private static PackageDocument read(String fileName, String opfPath, Document opf, EpubArchive archive)
            throws StoryException {
        Map<String, Element> manifest = new LinkedHashMap<>();
        Map<String, List<String>> dc = new LinkedHashMap<>();
        List<String> spineIds = new ArrayList<>();
        String tocId = "";
        for (Element element : opf.getAllElements()) {
            String name = Markup.localName(element);
            boolean dublinCore = element.normalName().startsWith("dc:") || element.normalName().startsWith("dcterms:");
            if (name.equals("item")) {
                manifest.putIfAbsent(element.attr("id"), element);
            } else if (name.equals("itemref") && !element.attr("linear").equalsIgnoreCase("no")) {
                spineIds.add(element.attr("idref"));
            } else if (name.equals("spine")) {
                tocId = element.attr("toc");
            } else if (dublinCore && !element.text().isBlank()) {
                dc.computeIfAbsent(name, k -> new ArrayList<>()).add(element.text().strip());
            }
        }
        List<SpineItem> spine = new ArrayList<>();
        for (String id : spineIds) {
            Element item = manifest.get(id);
            if (item == null) {
                continue;
            }
            Optional<String> path = EpubArchive.resolve(opfPath, item.attr("href"));
            String type = item.attr("media-type").toLowerCase(Locale.ROOT);
            if (path.isPresent() && archive.has(path.get()) && isPage(type, path.get())) {
                spine.add(new SpineItem(path.get(), id, !type.equals("text/html") && !path.get().endsWith(".html")
                        && !path.get().endsWith(".htm")));
            }
        }
        if (spine.isEmpty()) {
            throw new StoryException(fileName, "the EPUB has no pages to read: its package file " + opfPath
                    + " lists none that are in the archive.");
        }
        Optional<String> nav = manifest.values().stream()
                .filter(item -> (" " + item.attr("properties") + " ").contains(" nav "))
                .findFirst().flatMap(item -> EpubArchive.resolve(opfPath, item.attr("href")));
        Optional<String> ncx = Optional.ofNullable(manifest.get(tocId))
                .or(() -> manifest.values().stream()
                        .filter(item -> item.attr("media-type").equals("application/x-dtbncx+xml")).findFirst())
                .flatMap(item -> EpubArchive.resolve(opfPath, item.attr("href")));
        return new PackageDocument(opfPath, spine, nav, ncx, dc);
    }

    private static boolean isPage(String mediaType, String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return mediaType.contains("html") || mediaType.isEmpty()
                && (lower.endsWith(".xhtml") || lower.endsWith(".html") || lower.endsWith(".htm"));
    }
}
