package quire.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCounterTest {
    @Test
    void countsWordsAsAReaderWould() {
        assertThat(WordCounter.count("")).isZero();
        assertThat(WordCounter.count("  \n ")).isZero();
        assertThat(WordCounter.count("Spike smirked.")).isEqualTo(2);
        assertThat(WordCounter.count("Don\u2019t, won't, well-known")).isEqualTo(3);
        assertThat(WordCounter.count("her soul\u2026it\u2019s here!")).isEqualTo(4);
        assertThat(WordCounter.count("\u201cUh-huh,\u201d Xander smiled \u2014 and left")).isEqualTo(5);
        assertThat(WordCounter.count("ten - twenty")).isEqualTo(2);
    }

    @Test
    void aStorysWordsAreCountedOnceWhenItIsMadeAsTheyWouldBeFromItsText() throws StoryException {
        Story bundled = TestStories.parse(TestStories.BUNDLED);
        assertThat(bundled.countedWords()).isEqualTo(WordCounter.count(bundled.plainText())).isPositive();
        Story lists = new StoryReader().parse("l.md", ("- one-two\n- three\n\n> four's\n\n    five six\n\n"
                + "* * *\n\n1. seven").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(lists.countedWords()).isEqualTo(WordCounter.count(lists.plainText())).isEqualTo(6);
    }
}
