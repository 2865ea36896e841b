package quire.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import quire.place.TextRange;
import quire.testing.Gen;
import quire.testing.Property;
import quire.testing.Texts;

/** Whatever the text and the query, every match is the author's own characters and means the query. */
class SearchProperties {
    /** Letters with and without accents, every kind of quote, dash and ellipsis, and odd spaces. */
    private static final String TEXT = "abcAB \u00e9\u00c9e\u0301\u2019'\u201c\u201d\"\u2026.\u2013\u2014-\u00a0\n";
    private static final String QUERY = "abAe\u00e9'\".- ";

    record Search(List<String> blocks, String query) {
    }

    @Test
    void everyMatchIsTheAuthorsTextAndFoldsToTheQuery() {
        Gen<Search> searches = Gen.zip(Gen.lists(Texts.strings(TEXT, 0, 80), 1, 4), Texts.strings(QUERY, 1, 4), Search::new);
        Property.forAll("everyMatchIsTheAuthorsTextAndFoldsToTheQuery", 300, searches, search -> {
            SearchIndex index = new SearchIndex(search.blocks());
            List<TextRange> found = index.find(search.query());
            String wanted = SearchFolding.foldQuery(search.query());
            TextRange previous = null;
            for (TextRange match : found) {
                String block = search.blocks().get(match.start().block());
                assertThat(match.end().block()).isEqualTo(match.start().block());
                String matched = block.substring(match.start().offset(), match.end().offset());
                assertThat(SearchFolding.foldQuery(matched)).as("'%s' found for '%s'", matched, search.query())
                        .isEqualTo(wanted);
                assertThat(index.context(match).matched()).isEqualTo(matched.replaceAll("\\s+", " "));
                if (previous != null) {
                    assertThat(match.start()).as("in story order, not overlapping").isGreaterThanOrEqualTo(previous.end());
                }
                previous = match;
            }
            assertThat(index.count(search.query())).isEqualTo(found.size());
        });
    }

    @Test
    void aQueryCutFromTheTextIsFoundThere() {
        Gen<Search> texts = Gen.zip(Gen.lists(Texts.strings(TEXT, 1, 80), 1, 3), Texts.strings("ab", 0, 0), Search::new);
        Gen<int[]> cut = Gen.zip(Gen.ints(0, 2), Gen.ints(0, 79), Gen.ints(1, 6), (b, from, length) -> new int[] {b, from, length});
        Property.forAll("aQueryCutFromTheTextIsFoundThere", 300, Gen.zip(texts, cut, (t, c) -> new Object[] {t, c}), pair -> {
            Search search = (Search) pair[0];
            int[] c = (int[]) pair[1];
            String block = search.blocks().get(c[0] % search.blocks().size());
            int from = Math.min(c[1], block.length() - 1);
            String query = block.substring(from, Math.min(block.length(), from + c[2]));
            if (SearchFolding.foldQuery(query).isBlank() || Character.isLowSurrogate(query.charAt(0))) {
                Property.skip(); // a query that folds to nothing, or starts mid-character
            }
            assertThat(new SearchIndex(search.blocks()).count(query)).as("'%s' in '%s'", query, block).isPositive();
        });
    }
}
