package quire.epub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds EPUB files in memory for tests, as the EPUB 2 and 3 specifications lay them out: the stored
 * {@code mimetype} first, {@code META-INF/container.xml}, an OPF in {@code OEBPS/} with manifest and
 * spine, and an EPUB 3 nav page or an EPUB 2 NCX. Parts can be left out or replaced to make bad books.
 */
final class EpubBuilder {
    private record Page(String name, String xhtml, String tocTitle) {
    }

    private final List<Page> pages = new ArrayList<>();
    private final Map<String, String> dc = new LinkedHashMap<>();
    private final List<String[]> subjects = new ArrayList<>();
    private final Map<String, byte[]> extra = new LinkedHashMap<>();
    private boolean epub3 = true;
    private boolean container = true;
    private boolean opf = true;
    private java.nio.charset.Charset pageCharset = StandardCharsets.UTF_8;

    EpubBuilder epub2() {
        epub3 = false;
        return this;
    }

    /** Pages are written in {@code charset} (UTF-8 unless told). */
    EpubBuilder pagesIn(java.nio.charset.Charset charset) {
        pageCharset = charset;
        return this;
    }

    EpubBuilder dc(String name, String value) {
        dc.put(name, value);
        return this;
    }

    EpubBuilder subject(String value) {
        subjects.add(new String[] {value});
        return this;
    }

    /** A page in the spine; {@code tocTitle} null for a page the contents do not name. */
    EpubBuilder page(String name, String xhtml, String tocTitle) {
        pages.add(new Page(name, xhtml, tocTitle));
        return this;
    }

    /** Any other entry, written as given (a name may be anything, {@code ../evil} included). */
    EpubBuilder entry(String name, byte[] bytes) {
        extra.put(name, bytes);
        return this;
    }

    EpubBuilder withoutContainer() {
        container = false;
        return this;
    }

    EpubBuilder withoutOpf() {
        opf = false;
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            stored(zip, "mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII));
            if (container) {
                put(zip, "META-INF/container.xml", "<?xml version=\"1.0\"?>\n<container version=\"1.0\" "
                        + "xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile "
                        + "full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>");
            }
            if (opf) {
                put(zip, "OEBPS/content.opf", opf());
            }
            put(zip, epub3 ? "OEBPS/nav.xhtml" : "OEBPS/toc.ncx", epub3 ? nav() : ncx());
            for (Page page : pages) {
                zip.putNextEntry(new ZipEntry("OEBPS/" + page.name()));
                zip.write(page.xhtml().getBytes(pageCharset));
                zip.closeEntry();
            }
            for (Map.Entry<String, byte[]> entry : extra.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private String opf() {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<package xmlns=\"http://www.idpf.org/2007/opf\" "
                + "version=\"" + (epub3 ? "3.0" : "2.0") + "\" unique-identifier=\"uid\">\n<metadata "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:opf=\"http://www.idpf.org/2007/opf\">\n");
        dc.forEach((name, value) -> s.append("<dc:").append(name).append(name.equals("identifier") ? " id=\"uid\"" : "")
                .append('>').append(escape(value)).append("</dc:").append(name).append(">\n"));
        subjects.forEach(subject -> s.append("<dc:subject>").append(escape(subject[0])).append("</dc:subject>\n"));
        s.append("</metadata>\n<manifest>\n");
        s.append(epub3 ? "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n"
                : "<item id=\"ncx\" href=\"toc.ncx\" media-type=\"application/x-dtbncx+xml\"/>\n");
        for (int i = 0; i < pages.size(); i++) {
            s.append("<item id=\"p").append(i).append("\" href=\"").append(pages.get(i).name())
                    .append("\" media-type=\"application/xhtml+xml\"/>\n");
        }
        s.append("</manifest>\n<spine").append(epub3 ? "" : " toc=\"ncx\"").append(">\n");
        for (int i = 0; i < pages.size(); i++) {
            s.append("<itemref idref=\"p").append(i).append("\"/>\n");
        }
        return s.append("</spine>\n</package>\n").toString();
    }

    private String nav() {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" "
                + "xmlns:epub=\"http://www.idpf.org/2007/ops\"><head><title>Contents</title></head><body>"
                + "<nav epub:type=\"toc\"><ol>\n");
        pages.stream().filter(p -> p.tocTitle() != null).forEach(p -> s.append("<li><a href=\"").append(p.name())
                .append("\">").append(escape(p.tocTitle())).append("</a></li>\n"));
        return s.append("</ol></nav></body></html>\n").toString();
    }

    private String ncx() {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" "
                + "version=\"2005-1\"><head/><docTitle><text>t</text></docTitle><navMap>\n");
        int order = 1;
        for (Page p : pages) {
            if (p.tocTitle() != null) {
                s.append("<navPoint id=\"n").append(order).append("\" playOrder=\"").append(order++)
                        .append("\"><navLabel><text>").append(escape(p.tocTitle())).append("</text></navLabel><content src=\"")
                        .append(p.name()).append("\"/></navPoint>\n");
            }
        }
        return s.append("</navMap></ncx>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** An XHTML page around {@code body}, with {@code bodyClass} on the body when not null. */
    static String xhtml(String title, String bodyClass, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head><title>"
                + escape(title) + "</title><link href=\"stylesheet.css\" type=\"text/css\" rel=\"stylesheet\"/></head>\n<body"
                + (bodyClass == null ? "" : " class=\"" + bodyClass + "\"") + ">\n" + body + "\n</body>\n</html>\n";
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void stored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}
