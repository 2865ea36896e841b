package quire.marks;

/**
 * Text that a UTF-8 file can hold. A Java string may hold half of a surrogate pair (half an emoji, cut
 * or typed oddly) and UTF-8 has no way to write one: writing it would fail, or change it to "?" in
 * silence. Each such half becomes U+FFFD, the sign for a character that was lost; all else is kept.
 */
final class WellFormed {
    private WellFormed() {
    }

    static String text(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i); // a lone half comes back as itself
            i += Character.charCount(c);
            kept.appendCodePoint(c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE ? '\ufffd' : c);
        }
        return kept.toString();
    }
}
