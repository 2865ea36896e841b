package quire.story;

/** Counts words the way a reader would: runs of letters or digits, with inner apostrophes and hyphens. */
final class WordCounter {
    private WordCounter() {
    }

    /** The words of {@code blocks}, the same as of their {@link Block#plainText} joined: no word spans two. */
    static int count(java.util.List<Block> blocks) {
        int words = 0;
        for (Block block : blocks) {
            words += count(block.plainText());
        }
        return words;
    }

    static int count(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean wordChar = Character.isLetterOrDigit(cp);
            if (wordChar && !inWord) {
                words++;
            }
            if (wordChar) {
                inWord = true;
            } else if (!isJoiner(cp) || !inWord) {
                inWord = false;
            }
            i += Character.charCount(cp);
        }
        return words;
    }

    /** Characters that keep a word going: "don't", "well-known". A joiner followed by a space still ends it. */
    private static boolean isJoiner(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '-' || cp == '\u2010' || cp == '\u2011';
    }
}
