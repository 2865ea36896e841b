package quire.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchFoldingTest {
    @Test
    void quotesDashesEllipsesCaseAndAccentsFoldToWhatAKeyboardTypes() {
        assertThat(SearchFolding.foldQuery("Can\u2019t")).isEqualTo("can't");
        assertThat(SearchFolding.foldQuery("\u201cNow\u201d")).isEqualTo("\"now\"");
        assertThat(SearchFolding.foldQuery("soul\u2026it")).isEqualTo("soul...it");
        assertThat(SearchFolding.foldQuery("a\u2013b\u2014c\u2010d")).isEqualTo("a-b-c-d");
        assertThat(SearchFolding.foldQuery("Caf\u00e9 NA\u00cfVE")).isEqualTo("cafe naive");
        assertThat(SearchFolding.foldQuery("cafe\u0301")).isEqualTo("cafe");
        assertThat(SearchFolding.foldQuery("a\u00a0b")).isEqualTo("a b");
    }

    @Test
    void everyFoldedCharacterKnowsWhereItCameFrom() {
        SearchFolding.Folded folded = SearchFolding.fold("\u201cOh\u2026 Xan\u201d");
        assertThat(folded.text()).isEqualTo("\"oh... xan\"");
        assertThat(folded.origin()).containsExactly(0, 1, 2, 3, 3, 3, 4, 5, 6, 7, 8, 9);
        assertThat(folded.originalEnd(6, 9)).isEqualTo(4);
    }

    @Test
    void charactersOutsideTheBasicPlaneKeepTheirPlace() {
        SearchFolding.Folded folded = SearchFolding.fold("a\ud83d\ude00b");
        assertThat(folded.text()).isEqualTo("a\ud83d\ude00b");
        assertThat(folded.origin()).containsExactly(0, 1, 1, 3, 4);
    }
}
