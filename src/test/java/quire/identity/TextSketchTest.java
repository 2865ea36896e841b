package quire.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The sketch read from a story's blocks one by one, with ASCII answered at once, is the sketch the
 * plain text joined has always had: remembered stories keep their sketches from earlier versions.
 */
class TextSketchTest {
    /** Characters of every kind the reading distinguishes, ASCII and not. */
    private static final String ALPHABET = "abcXYZ09 ,.'-\n\t\u001c\u00a0\u2003\u2019\u201c\u00c9\u00e9\u00df\u0130\u03a3\u4e2d!";

    @Test
    void aTextInBlocksIsSketchedAsItsPlainTextJoined() {
        Random random = new Random(23);
        for (int round = 0; round < 300; round++) {
            List<String> parts = new ArrayList<>();
            int count = 1 + random.nextInt(6);
            for (int p = 0; p < count; p++) {
                parts.add(randomText(random, random.nextInt(400)));
            }
            String joined = String.join("\n\n", parts);
            TextSketch expected = asItWasSketched(joined);
            assertThat(TextSketch.of(parts)).as("round %d", round).isEqualTo(expected);
            assertThat(TextSketch.of(joined)).as("round %d", round).isEqualTo(expected);
        }
    }

    @Test
    void aLongTextKeepsOnlyTheSmallestHashes() {
        String text = randomText(new Random(5), 60_000);
        TextSketch sketch = TextSketch.of(text);
        assertThat(sketch.smallest()).hasSize(TextSketch.SIZE);
        assertThat(sketch).isEqualTo(asItWasSketched(text));
    }

    @Test
    void capitalsAndCurledQuotesChangeNothing() {
        String straight = "He said \"Elan is here\" and left at once, \u00e9lan and all.";
        String curled = "He said \u201c\u00c9LAN is here\u201d and left at once, \u00c9lan and all.";
        assertThat(TextSketch.of(curled).runs()).isEqualTo(TextSketch.of(straight).runs());
        assertThat(TextSketch.of(List.of("He said \u201c\u00c9LAN is", "here\u201d and left at once,",
                "\u00c9lan and all."))).isEqualTo(TextSketch.of("He said \u201c\u00c9LAN is here\u201d and left at once, \u00c9lan and all."));
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    /** The sketch as the first version read it, one char at a time through Character: the oracle. */
    private static TextSketch asItWasSketched(String text) {
        long[] window = new long[TextSketch.RUN];
        int words = 0;
        TreeSet<Long> kept = new TreeSet<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            long hash = 0xcbf29ce484222325L;
            boolean any = false;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                char c = text.charAt(i++);
                if (Character.isLetterOrDigit(c)) {
                    hash = (hash ^ Character.toLowerCase(c)) * 0x100000001b3L;
                    any = true;
                }
            }
            if (!any) {
                continue;
            }
            window[words % TextSketch.RUN] = hash;
            words++;
            if (words >= TextSketch.RUN) {
                long h = 0;
                for (int k = 0; k < TextSketch.RUN; k++) {
                    h = h * 0x9e3779b97f4a7c15L + window[(words + k) % TextSketch.RUN];
                }
                h ^= h >>> 33;
                h *= 0xff51afd7ed558ccdL;
                h ^= h >>> 33;
                h *= 0xc4ceb9fe1a85ec53L;
                long run = h ^ (h >>> 33);
                if (kept.size() < TextSketch.SIZE || run < kept.last()) {
                    kept.add(run);
                    if (kept.size() > TextSketch.SIZE) {
                        kept.pollLast();
                    }
                }
            }
        }
        return new TextSketch(Math.max(0, words - TextSketch.RUN + 1), new ArrayList<>(kept));
    }
}
