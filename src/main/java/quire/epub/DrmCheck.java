package quire.epub;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import quire.story.StoryException;

/**
 * Refuses a book whose pages are encrypted ({@code META-INF/encryption.xml} over its content): that is
 * DRM, and Quire cannot and will not open it. Fonts obfuscated the way EPUB allows (IDPF's and Adobe's
 * font mangling) are not DRM, and a book with only those opens as usual.
 */
final class DrmCheck {
    private static final Set<String> FONT_MANGLING = Set.of("http://www.idpf.org/2008/embedding",
            "http://ns.adobe.com/pdf/enc#rc");

    private DrmCheck() {
    }

    static void check(String fileName, EpubArchive archive, PackageDocument opf) throws StoryException {
        Optional<byte[]> encryption = archive.file("META-INF/encryption.xml");
        if (encryption.isEmpty()) {
            return;
        }
        Set<String> pages = opf.spine().stream().map(PackageDocument.SpineItem::path).collect(Collectors.toSet());
        for (Element data : Markup.xml(encryption.get()).getAllElements()) {
            if (!Markup.localName(data).equals("encrypteddata")) {
                continue;
            }
            String algorithm = "";
            String uri = "";
            for (Element part : data.getAllElements()) {
                String name = Markup.localName(part);
                if (name.equals("encryptionmethod")) {
                    algorithm = part.attr("Algorithm").isEmpty() ? part.attr("algorithm") : part.attr("Algorithm");
                } else if (name.equals("cipherreference")) {
                    uri = part.attr("URI").isEmpty() ? part.attr("uri") : part.attr("URI");
                }
            }
            if (FONT_MANGLING.contains(algorithm.strip().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Optional<String> path = EpubArchive.resolve("", uri);
            if (path.isPresent() && (pages.contains(path.get()) || isContent(path.get()))) {
                throw new StoryException(fileName, "it is locked with DRM: Quire cannot open it. AO3, FanFicFare and "
                        + "most fanfic sites give EPUBs without DRM; download the story from there.");
            }
        }
    }

    private static boolean isContent(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xhtml") || lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".opf")
                || lower.endsWith(".ncx");
    }
}
