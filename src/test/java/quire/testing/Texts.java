package quire.testing;

import java.util.List;

/** Generators for what a story file can hold: strings over an alphabet or over any code point, and raw bytes. */
public final class Texts {
    /** The typography the bundled story uses: curly quotes and apostrophes, ellipsis, dashes, no-break space. */
    public static final String TYPOGRAPHY = "\u2018\u2019\u201c\u201d\u2026\u2014\u2013\u00a0";

    /** Characters that mean something to Markdown, YAML front matter or line ends. */
    public static final String MARKUP = "*_[]()<>#-`:!&;\\|~\"'=/.\n\r\t ";

    /** Code points that break naive text handling: a byte order mark, odd line and paragraph separators, C1 NEL. */
    private static final String AWKWARD = "\ufeff\u2028\u2029\u0085\u007f\u200b\u200d";

    private Texts() {
    }

    /** One of the alphabet's code points, shrinking towards its first. */
    public static Gen<Integer> codePointsOf(String alphabet) {
        Integer[] codePoints = alphabet.codePoints().boxed().toArray(Integer[]::new);
        return Gen.oneOf(codePoints);
    }

    /**
     * Any code point, lone surrogates included (a {@code String} may hold them even though UTF-8 cannot),
     * weighted towards those that find bugs: printable ASCII most often, then controls, the story's
     * typography and markup, and the awkward ones; then anything in the BMP, surrogates and the
     * supplementary planes.
     */
    public static Gen<Integer> anyCodePoint() {
        return Gen.frequency(List.of(
                Gen.weighted(4, Gen.ints(' ', '~', 'a')),
                Gen.weighted(2, Gen.ints(0, 0x1f)),
                Gen.weighted(2, codePointsOf(TYPOGRAPHY + MARKUP + "\u00e9\u00df")),
                Gen.weighted(1, codePointsOf(AWKWARD)),
                Gen.weighted(1, Gen.ints(0x80, 0xffff)),
                Gen.weighted(1, Gen.ints(Character.MIN_SURROGATE, Character.MAX_SURROGATE)),
                Gen.weighted(1, Gen.ints(Character.MIN_SUPPLEMENTARY_CODE_POINT, Character.MAX_CODE_POINT))));
    }

    /** Strings of {@code minLength} to {@code maxLength} code points, shrinking by code points as lists do. */
    public static Gen<String> strings(Gen<Integer> codePoints, int minLength, int maxLength) {
        return Gen.lists(codePoints, minLength, maxLength).map(Texts::fromCodePoints);
    }

    /** Strings over the alphabet, from {@code minLength} to {@code maxLength} code points. */
    public static Gen<String> strings(String alphabet, int minLength, int maxLength) {
        return strings(codePointsOf(alphabet), minLength, maxLength);
    }

    /**
     * Byte arrays up to {@code maxLength} long: any byte, with one in four taken from the bytes that matter
     * to a UTF-8 decoder and a front-matter reader (BOM, lead and continuation bytes, invalid ones,
     * '-', newlines). Bytes shrink towards 0.
     */
    public static Gen<byte[]> bytes(int maxLength) {
        Gen<Integer> special = Gen.oneOf(0x00, 0x0a, 0x0d, 0x2d, 0x3a, 0xef, 0xbb, 0xbf, 0xc0, 0xc3, 0xe2, 0x80, 0xff);
        Gen<Integer> any = Gen.ints(Byte.MIN_VALUE, Byte.MAX_VALUE, 0);
        Gen<Integer> octet = Gen.frequency(List.of(Gen.weighted(3, any), Gen.weighted(1, special)));
        return Gen.lists(octet, 0, maxLength).map(Texts::fromOctets);
    }

    private static String fromCodePoints(List<Integer> codePoints) {
        StringBuilder text = new StringBuilder(codePoints.size());
        codePoints.forEach(text::appendCodePoint);
        return text.toString();
    }

    private static byte[] fromOctets(List<Integer> octets) {
        byte[] bytes = new byte[octets.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (int) octets.get(i);
        }
        return bytes;
    }
}
