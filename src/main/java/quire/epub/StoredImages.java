package quire.epub;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import quire.story.ImageData;

/**
 * Finds the pictures a page's images show among the files of its own book, and pins each to its
 * element for {@link XhtmlBlocks} to make into a picture block. An {@code img} whose {@code src} names a
 * file in the archive (relative to the page) or is a {@code data:} address is a stored picture when its
 * bytes are one {@link ImageSize} can size; an SVG wrapper around one such {@code image} (calibre's and
 * Sigil's cover pages) is too. Remote addresses are never fetched: their images stay their alt text. A
 * file that several pages show is read once and shared.
 */
final class StoredImages {
    private static final String KEY = "quire.picture";
    /** The longest {@code data:} address read, about 12 MB of picture. */
    static final int MAX_DATA_ADDRESS = 16 * 1024 * 1024;

    private final EpubArchive archive;
    private final Map<String, Optional<ImageData>> byPath = new HashMap<>();

    /** {@code archive}: the book's files, or null for a lone HTML page (only {@code data:} pictures). */
    StoredImages(EpubArchive archive) {
        this.archive = archive;
    }

    /** Pins to each image element of {@code body} the stored picture it shows; {@code page}: its path. */
    void attach(Element body, String page) {
        for (Element element : body.getAllElements()) {
            String name = Markup.localName(element);
            if (name.equals("img")) {
                picture(page, element.attr("src")).ifPresent(data -> pin(element, data));
            } else if (name.equals("svg")) {
                Element only = onlyImage(element);
                if (only != null) {
                    String href = only.hasAttr("xlink:href") ? only.attr("xlink:href") : only.attr("href");
                    picture(page, href).ifPresent(data -> pin(element, data));
                }
            }
        }
    }

    /** The stored picture {@link #attach} pinned to {@code element}, if any. */
    static Optional<ImageData> of(Element element) {
        String name = Markup.localName(element);
        if (!name.equals("img") && !name.equals("svg")) {
            return Optional.empty();
        }
        return element.attributes().userData(KEY) instanceof ImageData data ? Optional.of(data) : Optional.empty();
    }

    /** What a picture's text is: its alt text, or its title when it has no alt. */
    static String altOf(Element element) {
        String alt = element.attr("alt").strip();
        if (alt.isEmpty() && Markup.localName(element).equals("svg")) {
            Element image = onlyImage(element);
            alt = image == null ? "" : image.attr("alt").strip();
        }
        return alt.isEmpty() ? element.attr("title").strip() : alt;
    }

    private static void pin(Element element, ImageData data) {
        element.attributes().userData(KEY, data);
    }

    private Optional<ImageData> picture(String page, String src) {
        String address = src.strip();
        if (address.regionMatches(true, 0, "data:", 0, 5)) {
            return dataAddress(address);
        }
        if (archive == null) {
            return Optional.empty();
        }
        return EpubArchive.resolve(page, address).flatMap(path -> byPath.computeIfAbsent(path,
                p -> archive.file(p).flatMap(ImageSize::of)));
    }

    /** A {@code data:image/...;base64,} address's picture; other {@code data:} addresses are not pictures. */
    private static Optional<ImageData> dataAddress(String address) {
        int comma = address.indexOf(',');
        if (comma < 0 || address.length() > MAX_DATA_ADDRESS) {
            return Optional.empty();
        }
        String header = address.substring(5, comma).toLowerCase(Locale.ROOT);
        if (!header.startsWith("image/") || !header.endsWith(";base64")) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(address.substring(comma + 1).getBytes(StandardCharsets.US_ASCII));
            return ImageSize.of(bytes);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** The one {@code image} element of an SVG that holds nothing else drawn, or null. */
    private static Element onlyImage(Element svg) {
        Element found = null;
        for (Element inside : svg.getAllElements()) {
            String name = Markup.localName(inside);
            if (name.equals("image")) {
                if (found != null) {
                    return null;
                }
                found = inside;
            } else if (!name.equals("svg") && !name.equals("title") && !name.equals("desc") && !name.equals("g")) {
                return null;
            }
        }
        return found;
    }
}
