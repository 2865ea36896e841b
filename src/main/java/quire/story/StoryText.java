package quire.story;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/** Turns a file's bytes into text, or says clearly why they are not a UTF-8 text file. */
final class StoryText {
    private static final int SNIFF_BYTES = 64 * 1024;

    private StoryText() {
    }

    /** Decodes strict UTF-8, drops a byte-order mark and turns CRLF and CR line ends into LF. */
    static String decode(String name, byte[] bytes) throws StoryException {
        return decodeStart(name, bytes, bytes.length);
    }

    /** As {@link #decode(String, byte[])}, the file's first {@code to} bytes only (cut at a line end). */
    static String decodeStart(String name, byte[] bytes, int to) throws StoryException {
        rejectBinary(name, bytes);
        String text = decode(name, bytes, 0, to);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Decodes {@code bytes[from, to)} as strict UTF-8 with line ends made LF: a part of a file, which must
     * start and end at line ends (so no CRLF is cut); a problem names its line in the whole file.
     */
    static String decode(String name, byte[] bytes, int from, int to) throws StoryException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate(to - from + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = lineAt(bytes, in.position());
            throw new StoryException(name, "it is not UTF-8 text: this line has bytes that are not valid UTF-8 "
                    + "(perhaps it was saved as Windows-1252 or Latin-1). Save it as UTF-8 and open it again.",
                    OptionalInt.of(line));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static void rejectBinary(String name, byte[] bytes) throws StoryException {
        if (startsWith(bytes, "%PDF-")) {
            throw new StoryException(name, "it is a PDF document, not a text story. "
                    + "Save the story as plain text or Markdown (.md) and open that.");
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            throw new StoryException(name, "it is a zip archive (perhaps an EPUB or a Word document), not a text "
                    + "story. Save the story as plain text or Markdown (.md) and open that.");
        }
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            throw new StoryException(name, "it is UTF-16 text, and Quire reads UTF-8. "
                    + "Save it as UTF-8 and open it again.");
        }
        int limit = Math.min(bytes.length, SNIFF_BYTES);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                throw new StoryException(name, "it looks like a binary file (an image, an archive or a program), "
                        + "not a text story.");
            }
        }
    }

    private static boolean startsWith(byte[] bytes, String signature) {
        if (bytes.length < signature.length()) {
            return false;
        }
        for (int i = 0; i < signature.length(); i++) {
            if (bytes[i] != (byte) signature.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The 1-based line of a byte offset, counting LF (and lone CR) line ends before it. */
    static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }
}
