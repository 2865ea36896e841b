package quire.story;

import java.util.Optional;

/**
 * A long text's metadata read from its first part only: the first screen needs nothing else, and
 * decoding 16 MB of UTF-8 takes longer than the rest of that screen under the client compiler. The part
 * is cut at a line end, and used only when its metadata ends inside it with the body's first line whole
 * after that, where splitting the whole text gives the same fields and the same body start (front matter
 * closed; a post header's last paragraph ended and the next one's first line read). The rest of the bytes
 * are decoded, and checked, with the body when the text is parsed.
 */
final class FirstPart {
    /** Far more than any story's front matter or post header. */
    static final int BYTES = 256 * 1024;

    private final MetadataSplit split;
    private final byte[] bytes;
    private final int cut;

    private FirstPart(MetadataSplit split, byte[] bytes, int cut) {
        this.split = split;
        this.bytes = bytes;
        this.cut = cut;
    }

    /**
     * The metadata of {@code bytes} from their first part, or empty when that part cannot tell (the text
     * is short, has no line end early on, is blank there, or its metadata runs on past it).
     *
     * @throws StoryException when the first part is not UTF-8 text: the whole file is not, for the same reason
     */
    static Optional<FirstPart> of(String name, byte[] bytes) throws StoryException {
        if (bytes.length <= 2 * BYTES) {
            return Optional.empty();
        }
        int cut = BYTES;
        while (cut > 0 && bytes[cut - 1] != '\n') {
            cut--;
        }
        if (cut == 0) {
            return Optional.empty();
        }
        String text = StoryText.decodeStart(name, bytes, cut);
        if (text.isBlank()) {
            return Optional.empty();
        }
        MetadataSplit split;
        try {
            split = MetadataSplit.of(name, text);
        } catch (StoryException notInThisPart) {
            return Optional.empty(); // the whole text says whether it is a real problem
        }
        int bodyStart = text.length() - split.body().length();
        if (text.indexOf('\n', bodyStart) < 0) {
            return Optional.empty();
        }
        return Optional.of(new FirstPart(split, bytes, cut));
    }

    MetadataSplit split() {
        return split;
    }

    /** The whole body: the first part's, and the rest of the bytes decoded. */
    String body(String name) throws StoryException {
        return split.body() + StoryText.decode(name, bytes, cut, bytes.length);
    }
}
