package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import quire.testing.Gen;
import quire.testing.Property;
import quire.testing.Texts;

/**
 * The hyphenator walks its patterns as a trie; these checks hold it to Liang's rule read the plain way,
 * every substring of the dotted word looked up in a map of patterns, over generated pattern files and
 * words.
 */
class PatternTrieTest {
    private record Case(List<String> patterns, List<String> words) {
    }

    @Test
    void theTrieFindsThePointsEverySubstringLookUpFinds() {
        // Twelve letters, so the root and some nodes have more children than a step scans one by one; an
        // accented letter and its capital, and a letter with no capital, so lower-casing is checked too.
        Gen<List<String>> patterns = Gen.lists(Texts.strings("abcdefghijé\u00df.012345", 1, 6)
                .filter(p -> p.chars().anyMatch(c -> c < '0' || c > '9')), 1, 120);
        Gen<List<String>> words = Gen.lists(Texts.strings("abcdefghijé\u00dfABÉ", 5, 14), 1, 20);
        Property.forAll("trieAgreesWithLookUps", 300, Gen.zip(patterns, words, Case::new), c -> {
            Hyphenator h = Hyphenator.read(new BufferedReader(new StringReader(
                    "UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\n" + String.join("\n", c.patterns()) + "\n")));
            Map<String, byte[]> reference = compile(c.patterns());
            for (String word : c.words()) {
                assertThat(h.points(word)).as(word).containsExactly(points(reference, word));
            }
        });
    }

    @Test
    void aFileWithNoPatternsHyphenatesNothing() throws Exception {
        Hyphenator h = Hyphenator.read(new BufferedReader(new StringReader("UTF-8\n% only a comment\n")));
        assertThat(h.points("hyphenation")).isEmpty();
    }

    /** Letters to gap values, the larger value winning where two lines give the same letters. */
    private static Map<String, byte[]> compile(List<String> lines) {
        Map<String, byte[]> compiled = new HashMap<>();
        for (String line : lines) {
            StringBuilder letters = new StringBuilder();
            List<Integer> values = new ArrayList<>(List.of(0));
            for (char ch : line.toCharArray()) {
                if (Character.isDigit(ch)) {
                    values.set(values.size() - 1, ch - '0');
                } else {
                    letters.append(ch);
                    values.add(0);
                }
            }
            byte[] mine = new byte[values.size()];
            for (int i = 0; i < mine.length; i++) {
                mine[i] = values.get(i).byteValue();
            }
            compiled.merge(letters.toString(), mine, (a, b) -> {
                byte[] max = a.clone();
                for (int i = 0; i < max.length; i++) {
                    max[i] = (byte) Math.max(a[i], b[i]);
                }
                return max;
            });
        }
        return compiled;
    }

    private static int[] points(Map<String, byte[]> patterns, String word) {
        String dotted = "." + word.toLowerCase(Locale.ROOT) + ".";
        int[] gaps = new int[dotted.length() + 1];
        for (int start = 0; start < dotted.length(); start++) {
            for (int end = start + 1; end <= dotted.length(); end++) {
                byte[] found = patterns.get(dotted.substring(start, end));
                for (int k = 0; found != null && k < found.length; k++) {
                    gaps[start + k] = Math.max(gaps[start + k], found[k]);
                }
            }
        }
        return java.util.stream.IntStream.rangeClosed(1, word.length() - 1)
                .filter(j -> gaps[j + 1] % 2 == 1).toArray();
    }
}
