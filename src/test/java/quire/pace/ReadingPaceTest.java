package quire.pace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReadingPaceTest {
    private static ReadingPace pages(int count, int words, long millis) {
        ReadingPace pace = ReadingPace.NONE;
        for (int i = 0; i < count; i++) {
            pace = pace.plus(new PageRead(words, millis));
        }
        return pace;
    }

    @Test
    void twoHundredAndFiftyWordsAMinuteUntilFivePagesAreCounted() {
        ReadingPace four = pages(4, 300, 30_000); // 600 a minute, but too few pages to trust
        assertThat(four.known()).isFalse();
        assertThat(four.wordsPerMinute()).isEqualTo(250);
        ReadingPace five = four.plus(new PageRead(300, 30_000));
        assertThat(five.known()).isTrue();
        assertThat(five.wordsPerMinute()).isCloseTo(600, within(1e-9));
    }

    @Test
    void thePaceIsAllTheWordsOverAllTheTimeNotAnAverageOfPages() {
        ReadingPace pace = pages(4, 100, 60_000).plus(new PageRead(400, 60_000)); // 800 words in 5 minutes
        assertThat(pace.wordsPerMinute()).isCloseTo(160, within(1e-9));
    }

    @Test
    void aPaceOutsideBelievableBoundsIsHeldToThem() {
        assertThat(pages(5, 1_000, 3_000).wordsPerMinute()).isEqualTo(ReadingPace.FASTEST);
        assertThat(pages(5, 10, 600_000).wordsPerMinute()).isEqualTo(ReadingPace.SLOWEST);
    }

    @Test
    void aStorysOwnPaceComesFirstThenTheOverallOneThenTheDefault() {
        ReadingPace slowHere = pages(5, 100, 60_000);
        ReadingPace fastOverall = pages(20, 400, 60_000);
        assertThat(ReadingPace.forStory(slowHere, fastOverall)).isCloseTo(100, within(1e-9));
        assertThat(ReadingPace.forStory(pages(2, 100, 60_000), fastOverall)).isCloseTo(400, within(1e-9));
        assertThat(ReadingPace.forStory(ReadingPace.NONE, ReadingPace.NONE)).isEqualTo(250);
    }

    @Test
    void damagedTotalsAreReadAsNothing() {
        assertThat(new ReadingPace(-3, -10, -5)).isEqualTo(ReadingPace.NONE);
    }
}
