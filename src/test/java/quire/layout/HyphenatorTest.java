package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HyphenatorTest {
    private static Hyphenator english;

    @BeforeAll
    static void load() {
        english = HyphenationLibrary.load("en").orElseThrow();
    }

    /** The word with a hyphen at each point Liang's patterns allow. */
    private static String hyphenated(Hyphenator h, String word) {
        StringBuilder s = new StringBuilder(word);
        int[] points = h.points(word);
        for (int i = points.length - 1; i >= 0; i--) {
            s.insert(points[i], '-');
        }
        return s.toString();
    }

    @Test
    void patternsAskedForTwiceAreReadOnceSoTheLauncherCanStartThemEarly() {
        var early = HyphenationLibrary.loadInBackground("en");
        assertThat(HyphenationLibrary.loadInBackground(" EN ")).isSameAs(early);
        assertThat(early.join()).isPresent();
        assertThat(HyphenationLibrary.loadInBackground("xx-unknown").join()).as("no patterns, no error").isEmpty();
    }

    @Test
    void aMemoAnswersAWordAsThePatternsDoWhereverTheWordStandsAndAfterItForgets() {
        HyphenMemo memo = new HyphenMemo();
        char[] text = "a hyphenation, hyphenation and the paragraph".toCharArray();
        int[] first = memo.points(text, 2, 13, english);
        assertThat(first).containsExactly(english.points("hyphenation"));
        assertThat(memo.points(text, 15, 26, english)).as("the same word, found again").containsExactly(first);
        assertThat(memo.points(text, 35, 44, english)).containsExactly(english.points("paragraph"));
        assertThat(memo.points(text, 31, 34, english)).as("a short word").isEmpty();
        assertThat(memo.size()).as("two words; the short one is not kept").isEqualTo(2);
        memo.clear();
        assertThat(memo.size()).isZero();
        assertThat(memo.points(text, 15, 26, english)).containsExactly(first);
    }

    @Test
    void bundledUsEnglishPatternsHyphenateKnownWords() {
        assertThat(hyphenated(english, "hyphenation")).isEqualTo("hy-phen-ation");
        assertThat(hyphenated(english, "paragraph")).isEqualTo("para-graph");
        assertThat(hyphenated(english, "reverberating")).isEqualTo("re-ver-ber-at-ing");
        assertThat(hyphenated(english, "Vampire")).isEqualTo("Vam-pire");
    }

    @Test
    void theFilesMinimumsHoldAndShortWordsStayWhole() {
        assertThat(english.leftMin()).isEqualTo(2);
        assertThat(english.rightMin()).isEqualTo(3);
        assertThat(english.points("into")).isEmpty();
        assertThat(hyphenated(english, "table")).isEqualTo("ta-ble"); // five letters: 2 before, 3 after
        assertThat(english.points("able")).isEmpty();
        for (String word : new String[] {"reverberating", "dangerously", "cigarette", "embrace", "nightmares"}) {
            for (int p : english.points(word)) {
                assertThat(p).isBetween(2, word.length() - 3);
            }
        }
    }

    @Test
    void aFilesOwnMinimumsAndPatternsAreRead() throws IOException {
        Hyphenator h = Hyphenator.read(new BufferedReader(new StringReader(
                "UTF-8\nLEFTHYPHENMIN 3\nRIGHTHYPHENMIN 3\n1b\n1c\n1d\n1e\n")));
        assertThat(hyphenated(h, "abcdefg")).isEqualTo("abc-d-efg");
    }

    @Test
    void nextLevelPatternsHyphenateEachPartOfACompound() throws IOException {
        // Level one finds the join of "foot|ball"; level two hyphenates inside each part.
        Hyphenator h = Hyphenator.read(new BufferedReader(new StringReader(
                "UTF-8\nLEFTHYPHENMIN 2\nRIGHTHYPHENMIN 2\nt1b\nNEXTLEVEL\no1o\n")));
        assertThat(hyphenated(h, "footballfootball")).isEqualTo("fo-ot-ballfo-ot-ball");
        char[] text = "the footballfootball game".toCharArray();
        assertThat(new HyphenMemo().points(text, 4, 20, h)).as("a compound inside a text")
                .containsExactly(h.points("footballfootball"));
    }

    @Test
    void aDottedCapitalIIsOneLetterSoTheHyphensAfterItStayInPlace() {
        // Lower-cased as a whole, "İ" becomes two characters, i and a combining dot; per letter it is one.
        assertThat(english.points("\u0130stanbul")).containsExactly(english.points("Istanbul"));
    }

    @Test
    void aMemoKeepsOnlyWordsThatMayTakeHyphensAndStartsAgainForOtherPatterns() throws IOException {
        HyphenMemo memo = new HyphenMemo();
        char[] text = ("and hyphenation " + "a".repeat(HyphenMemo.LONGEST + 1)).toCharArray();
        assertThat(memo.points(text, 0, 3, english)).isEmpty();
        assertThat(memo.points(text, 16, text.length, english)).as("a word too long to keep").isNotNull();
        assertThat(memo.size()).as("a short word and a very long one are not kept").isZero();
        memo.points(text, 4, 15, english);
        assertThat(memo.size()).isEqualTo(1);
        Hyphenator other = Hyphenator.read(new BufferedReader(new StringReader("UTF-8\n1n\n")));
        assertThat(memo.points(text, 4, 15, other)).as("other patterns' points")
                .containsExactly(other.points("hyphenation"));
        assertThat(memo.size()).isEqualTo(1);
    }

    @Test
    void wordsWithDigitsCapitalsUrlsOrDashesAreNotHyphenated() {
        String text = "NEVERTHELESS the 2nd-generation hyphenation at https://example.com/hyphenation "
                + "or hyphenation@example.com, and well-hyphenated words.";
        assertThat(WordHyphens.points(text, 0, 12, english)).isEmpty();
        int url = text.indexOf("https");
        assertThat(WordHyphens.points(text, url, url + 20, english)).isEmpty();
        int mail = text.indexOf("hyphenation@");
        assertThat(WordHyphens.points(text, mail, mail + 11, english)).isEmpty();
        int dashed = text.indexOf("well-");
        assertThat(WordHyphens.points(text, dashed + 5, dashed + 16, english)).isEmpty();
        int plain = text.indexOf("hyphenation at");
        assertThat(WordHyphens.points(text, plain, plain + 11, english)).containsExactly(plain + 2, plain + 6);
        String site = "see WWW.hyphenation.org or www.hyphenation.org today";
        assertThat(WordHyphens.points(site, 8, 19, english)).as("a web address in capitals").isEmpty();
        assertThat(WordHyphens.points(site, 31, 42, english)).as("a web address").isEmpty();
    }

    @Test
    void aLanguageWithNoPatternsHereMeansNoHyphenationAndNoError() {
        assertThat(HyphenationLibrary.load("xx-unknown")).isEmpty();
        assertThat(HyphenationLibrary.load("English")).isPresent();
    }
}
