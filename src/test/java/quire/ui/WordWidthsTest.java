package quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import quire.testing.Gen;
import quire.testing.Property;
import quire.testing.Texts;

/** The measurer's word table answers as a map of strings would, looked up by string or by characters. */
class WordWidthsTest {
    @Test
    void theTableAnswersAsAMapOfTheWords() {
        Gen<List<String>> words = Gen.lists(Texts.strings("ab\u2019\u00e9 c", 0, 6), 0, 1500);
        Property.forAll("theTableAnswersAsAMapOfTheWords", 60, words, list -> {
            WordWidths table = new WordWidths();
            Map<String, Double> map = new HashMap<>();
            String block = String.join("|", list);
            char[] chars = block.toCharArray();
            int from = 0;
            for (String word : list) {
                int to = from + word.length();
                Double expected = map.getOrDefault(word, Double.NaN); // boxed: NaN then equals NaN
                assertThat(Double.valueOf(table.get(chars, from, to))).as("%s by characters", word).isEqualTo(expected);
                assertThat(Double.valueOf(table.get(word))).as("%s by string", word).isEqualTo(expected);
                if (expected.isNaN()) {
                    double width = word.length() * 7.25 + word.hashCode() % 5;
                    table.put(chars, from, to, width);
                    map.put(word, width);
                }
                from = to + 1;
            }
            assertThat(table.size()).isEqualTo(map.size());
            map.forEach((word, width) -> assertThat(table.get(word)).isEqualTo(width));
        });
    }
}
