package quire.text;

import java.text.Normalizer;

/**
 * Folds text for matching as a reader means it: lower case, accents dropped ("é" is "e"), every
 * apostrophe and single quote is {@code '}, every double quote {@code "}, every hyphen and dash
 * {@code -}, an ellipsis {@code ...}, and any space a plain space. Folding may change the length (an
 * ellipsis becomes three dots, "æ" stays one letter), so a folded text remembers where each of its
 * characters came from.
 */
public final class SearchFolding {
    private SearchFolding() {
    }

    /**
     * Folded text and, for each of its characters, the offset in the original of the character it came
     * from; {@code origin[text.length()]} is the original's length.
     */
    public record Folded(String text, int[] origin) {
        /** The original offset where folded {@code [from, to)} starts and ends. */
        public int originalStart(int from) {
            return origin[from];
        }

        /**
         * True when folded {@code [from, to)} starts and ends between characters of the original, not
         * inside one that folded to several (an ellipsis to three dots).
         */
        public boolean wholeCharacters(int from, int to) {
            boolean startsClean = from == 0 || origin[from - 1] != origin[from];
            boolean endsClean = to >= text.length() || origin[to] != origin[to - 1];
            return startsClean && endsClean;
        }

        public int originalEnd(int to, int originalLength) {
            if (to >= text.length()) {
                return originalLength;
            }
            return origin[to];
        }
    }

    /** Folds a whole text, remembering origins. */
    public static Folded fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        int[] origin = new int[text.length() * 2 + 1];
        int count = 0;
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            String piece = foldCodePoint(codePoint);
            for (int k = 0; k < piece.length(); k++) {
                if (count + 1 >= origin.length) {
                    origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                }
                origin[count++] = i;
                folded.append(piece.charAt(k));
            }
            i += Character.charCount(codePoint);
        }
        int[] exact = java.util.Arrays.copyOf(origin, count + 1);
        exact[count] = text.length();
        return new Folded(folded.toString(), exact);
    }

    /** Folds a query: the same rules, without origins. */
    public static String foldQuery(String query) {
        return fold(query).text();
    }

    static String foldCodePoint(int c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? String.valueOf((char) (c + 32)) : String.valueOf((char) c);
        }
        switch (c) {
            case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u02bc', '\u00b4', '\u0060' -> {
                return "'";
            }
            case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb' -> {
                return "\"";
            }
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u00ad' -> {
                return "-";
            }
            case '\u2026' -> {
                return "...";
            }
            default -> {
            }
        }
        if (Character.isSpaceChar(c) || Character.isWhitespace(c)) {
            return " ";
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(p -> Character.getType(p) != Character.NON_SPACING_MARK
                        && Character.getType(p) != Character.COMBINING_SPACING_MARK
                        && Character.getType(p) != Character.ENCLOSING_MARK)
                .forEach(p -> kept.appendCodePoint(Character.toLowerCase(p)));
        // A combining accent written apart from its letter folds to nothing, as it does when composed.
        return kept.toString();
    }
}
