package quire.epub;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import quire.story.StoryException;

/**
 * The files inside a zip, read from its bytes in memory: nothing is ever written to disk, so an entry
 * named {@code ../../.bashrc} is only a name (one that climbs out of the archive is skipped). The
 * limits keep a hostile file from filling memory: so many entries, so many bytes unpacked in all, and
 * no more than {@link #MAX_RATIO} times the archive's own size, which no real book comes near.
 */
final class EpubArchive {
    static final int MAX_ENTRIES = 5_000;
    static final long MAX_UNPACKED = 64L * 1024 * 1024;
    /** Deflated text shrinks to about a quarter; a zip bomb shrinks to a thousandth. */
    static final int MAX_RATIO = 100;
    /** Small archives may unpack to this much whatever their ratio (a 2 KB zip of a 200 KB story is fine). */
    private static final long RATIO_FREE_BYTES = 1024 * 1024;

    private final Map<String, byte[]> files;
    private final Map<String, String> byFoldedName = new LinkedHashMap<>();

    private EpubArchive(Map<String, byte[]> files) {
        this.files = files;
        files.keySet().forEach(name -> byFoldedName.putIfAbsent(name.toLowerCase(Locale.ROOT), name));
    }

    static EpubArchive read(String fileName, byte[] bytes) throws StoryException {
        try {
            return read(fileName, bytes, StandardCharsets.UTF_8);
        } catch (NamesNotUtf8 oldZip) {
            // Zips from before UTF-8 names (and some Windows tools) name their files in code page 437.
            return read(fileName, bytes, java.nio.charset.Charset.forName("IBM437"));
        }
    }

    /** Thrown when an entry's name is not valid in the charset tried. */
    private static final class NamesNotUtf8 extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static EpubArchive read(String fileName, byte[] bytes, java.nio.charset.Charset names) throws StoryException {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            throw new StoryException(fileName, "it is not an EPUB: an EPUB is a zip archive, and this file is not one.");
        }
        long allowed = Math.min(MAX_UNPACKED, Math.max(RATIO_FREE_BYTES, (long) bytes.length * MAX_RATIO));
        Map<String, byte[]> files = new LinkedHashMap<>();
        long unpacked = 0;
        int entries = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), names)) {
            for (ZipEntry entry = nextEntry(zip, names); entry != null; entry = nextEntry(zip, names)) {
                if (++entries > MAX_ENTRIES) {
                    throw new StoryException(fileName, "the archive holds more than " + MAX_ENTRIES
                            + " files, far more than any book. Is it the right file?");
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    unpacked += n;
                    if (unpacked > allowed) {
                        throw new StoryException(fileName, unpacked > MAX_UNPACKED
                                ? "it unpacks to more than " + MAX_UNPACKED / (1024 * 1024) + " MB, far more than a story."
                                : "it is packed far tighter than any book can be (a \u201czip bomb\u201d?), so Quire "
                                        + "does not unpack it.");
                    }
                    content.write(buffer, 0, n);
                }
                Optional<String> name = normalName(entry.getName());
                if (!entry.isDirectory() && name.isPresent()) {
                    files.putIfAbsent(name.get(), content.toByteArray());
                }
            }
        } catch (NamesNotUtf8 retry) {
            throw retry;
        } catch (IOException | RuntimeException broken) {
            throw new StoryException(fileName, "the EPUB is damaged: its zip archive cannot be read ("
                    + reason(broken) + "). Download it again.");
        }
        if (files.isEmpty()) {
            throw new StoryException(fileName, "the EPUB is damaged: its zip archive holds no files. Download it again.");
        }
        return new EpubArchive(files);
    }

    private static ZipEntry nextEntry(ZipInputStream zip, java.nio.charset.Charset names) throws IOException {
        try {
            return zip.getNextEntry();
        } catch (IllegalArgumentException badName) {
            if (names.equals(StandardCharsets.UTF_8)) {
                throw new NamesNotUtf8();
            }
            throw badName;
        }
    }

    private static String reason(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The entry's path inside the archive, with {@code .} and {@code ..} resolved; empty when it climbs out. */
    static Optional<String> normalName(String raw) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : raw.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
    }

    /** The file at {@code path}; an exact match first, then one that differs only in case. */
    Optional<byte[]> file(String path) {
        byte[] exact = files.get(path);
        if (exact != null) {
            return Optional.of(exact);
        }
        return Optional.ofNullable(byFoldedName.get(path.toLowerCase(Locale.ROOT))).map(files::get);
    }

    boolean has(String path) {
        return file(path).isPresent();
    }

    /**
     * The archive path of {@code href} written in the file at {@code from}: relative to its folder,
     * percent-escapes decoded, any {@code #fragment} or {@code ?query} dropped. Empty for an absolute
     * address ({@code http:}, {@code data:}) or one that leaves the archive.
     */
    static Optional<String> resolve(String from, String href) {
        String bare = href.strip();
        int cut = indexOfAny(bare, "#?");
        bare = cut < 0 ? bare : bare.substring(0, cut);
        if (bare.isEmpty() || bare.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return Optional.empty();
        }
        try {
            bare = URLDecoder.decode(bare.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            // Leave the name as written: some books have a literal % in a file name.
        }
        int slash = from.lastIndexOf('/');
        String folder = slash < 0 || bare.startsWith("/") ? "" : from.substring(0, slash + 1);
        return normalName(folder + bare);
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
