package quire.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A long story's hash, taken from its bytes beside their decoding, is its text's, whatever its line ends. */
class LongTextHashTest {
    private static final String BODY = "---\nrating: T\n---\n" + "Caf\u00e9 words, \u201cquoted\u201d, and more.\n\n"
            .repeat(StoryReader.HASH_ASIDE_BYTES / 30);

    private static String hashOf(byte[] bytes) throws StoryException {
        return new StoryReader().open("long.md", bytes).head().contentHash();
    }

    @Test
    void plainUtf8IsHashedAsItsText() throws StoryException {
        byte[] bytes = BODY.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThan(StoryReader.HASH_ASIDE_BYTES);
        assertThat(hashOf(bytes)).isEqualTo(ContentHash.of(BODY));
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsDoNotChangeTheHash() throws StoryException {
        byte[] withBom = ("\uFEFF" + BODY).getBytes(StandardCharsets.UTF_8);
        byte[] crlf = BODY.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        assertThat(hashOf(withBom)).isEqualTo(ContentHash.of(BODY));
        assertThat(hashOf(crlf)).isEqualTo(ContentHash.of(BODY));
    }

    @Test
    void aTextLongEnoughToBeReadFromItsFirstPartIsHashedAsItsTextToo() throws StoryException {
        String longer = BODY.repeat(3);
        byte[] crlf = ("\uFEFF" + longer.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        assertThat(crlf.length).isGreaterThan(2 * FirstPart.BYTES);
        assertThat(hashOf(crlf)).isEqualTo(ContentHash.of(longer));
        assertThat(hashOf(longer.replace("\n", "\r").getBytes(StandardCharsets.UTF_8))).as("CR line ends")
                .isEqualTo(ContentHash.of(longer));
    }

    @Test
    void aShortStorysHashIsTheSameAsBefore() throws StoryException {
        String shortText = "---\nrating: T\n---\nOne line.\r\n";
        assertThat(hashOf(shortText.getBytes(StandardCharsets.UTF_8))).isEqualTo(ContentHash.of(shortText.replace("\r\n", "\n")));
    }
}
