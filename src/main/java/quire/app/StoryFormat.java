package quire.app;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import quire.story.StoryException;

/**
 * What kind of file a story is, told from its first bytes (and, for HTML, its name): which reader opens
 * it, or why none can. Kindle books and PDFs get a message that names the format and says what to
 * download instead, rather than pages of binary noise.
 */
enum StoryFormat {
    EPUB, HTML, TEXT, PDF, KINDLE;

    /** How many leading bytes {@link #of} needs to look at. */
    static final int HEAD_BYTES = 1024;

    private static final String INSTEAD = " Download the story as EPUB or HTML instead (AO3 offers both under"
            + " \u201cDownload\u201d on the work's page) and open that.";

    static StoryFormat of(String fileName, byte[] head) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (startsWith(head, 0, "PK\u0003\u0004") || name.endsWith(".epub")) {
            return EPUB;
        }
        if (startsWith(head, 0, "%PDF")) {
            return PDF;
        }
        if (startsWith(head, 60, "BOOKMOBI") || startsWith(head, 60, "TEXtREAd") || name.endsWith(".azw3")
                || name.endsWith(".mobi") || name.endsWith(".azw")) {
            return KINDLE;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || looksLikeHtml(head)) {
            return HTML;
        }
        return TEXT;
    }

    /** The message for a format Quire cannot read; only for {@link #PDF} and {@link #KINDLE}. */
    StoryException refusal(String fileName) {
        return new StoryException(fileName, this == PDF
                ? "it is a PDF document, and Quire cannot read a story out of a PDF." + INSTEAD
                : "it is a Kindle book (MOBI or AZW3), which Quire cannot read." + INSTEAD);
    }

    private static boolean looksLikeHtml(byte[] head) {
        String start = new String(head, StandardCharsets.ISO_8859_1).replaceFirst("^(\u00ef\u00bb\u00bf)?\\s+", "")
                .replaceFirst("^\u00ef\u00bb\u00bf", "").toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html")
                || start.startsWith("<?xml") && start.contains("<html");
    }

    private static boolean startsWith(byte[] bytes, int offset, String signature) {
        if (bytes.length < offset + signature.length()) {
            return false;
        }
        for (int i = 0; i < signature.length(); i++) {
            if (bytes[offset + i] != (byte) signature.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
