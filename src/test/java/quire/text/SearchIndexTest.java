package quire.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import quire.place.TextRange;

class SearchIndexTest {
    private static final List<String> BLOCKS = List.of(
            "\u201cNow why would I need to settle,\u201d Xander asked casually.",
            "\u201cCan\u2019t get everything, can you?\u201d he asked.",
            "Willow\u2014Red\u2014was still as strong\u2026 as ever. Caf\u00e9 naïve.");
    private static final SearchIndex INDEX = new SearchIndex(BLOCKS);

    @Test
    void aStraightApostropheFindsTheAuthorsCurlyOne() {
        List<TextRange> matches = INDEX.find("can't");
        assertThat(matches).hasSize(1);
        SearchMatch match = INDEX.context(matches.get(0));
        assertThat(match.range()).isEqualTo(TextRange.inBlock(1, 1, 6));
        assertThat(match.matched()).isEqualTo("Can\u2019t");
    }

    @Test
    void quotesDashesAndEllipsesMatchWhatIsTyped() {
        assertThat(INDEX.find("\"Now")).containsExactly(TextRange.inBlock(0, 0, 4));
        assertThat(INDEX.find("-red-")).extracting(r -> INDEX.context(r).matched()).containsExactly("\u2014Red\u2014");
        SearchMatch dots = INDEX.context(INDEX.find("strong...").get(0));
        assertThat(dots.matched()).isEqualTo("strong\u2026");
        assertThat(INDEX.find("cafe naive")).hasSize(1);
    }

    @Test
    void aMatchNeverSplitsACharacterOfTheOriginal() {
        SearchIndex index = new SearchIndex(List.of("soul\u2026it. Done."));
        assertThat(index.find(".")).extracting(r -> r.start().offset()).as("periods, not thirds of the ellipsis")
                .containsExactly(7, 13);
        assertThat(index.find("...")).containsExactly(TextRange.inBlock(0, 4, 5));
        assertThat(index.count(".")).isEqualTo(2);
    }

    @Test
    void matchesComeInStoryOrderAndAreCounted() {
        List<TextRange> asked = INDEX.find("ASKED");
        assertThat(asked).extracting(m -> m.start().block()).containsExactly(0, 1);
        assertThat(INDEX.count("asked")).isEqualTo(2);
        assertThat(INDEX.find("as", 2)).hasSize(2);
        assertThat(INDEX.find("   ")).isEmpty();
        assertThat(INDEX.find("no such words")).isEmpty();
    }

    @Test
    void contextShowsWholeWordsAroundTheMatch() {
        SearchMatch match = INDEX.context(INDEX.find("everything").get(0));
        assertThat(match.before()).isEqualTo("\u201cCan\u2019t get ");
        assertThat(match.after()).isEqualTo(", can you?\u201d he asked.");
        String longText = "one two three four five six seven eight nine ten eleven twelve thirteen";
        SearchIndex index = new SearchIndex(List.of(longText + " target " + longText));
        SearchMatch middle = index.context(index.find("target").get(0));
        assertThat(middle.before()).doesNotStartWith("ne ").endsWith("thirteen ");
        assertThat(longText).contains(middle.before().strip());
        assertThat(longText).startsWith(middle.after().strip());
    }
}
