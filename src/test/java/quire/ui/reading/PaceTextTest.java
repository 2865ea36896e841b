package quire.ui.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import quire.pace.ReadingPace;

class PaceTextTest {
    @Test
    void aKnownPaceIsShownRoundedWithTheTimeSoFar() {
        ReadingPace story = new ReadingPace(30, 11_480, 42 * 60_000 + 30_000); // 270.1 words a minute
        assertThat(PaceText.of(story, ReadingPace.NONE))
                .isEqualTo("You read at about 270 words a minute" + FooterText.DOT + "42 min so far");
    }

    @Test
    void theOverallPaceStandsInWhileThisStoryHasTooFewPages() {
        ReadingPace story = new ReadingPace(2, 400, 90_000);
        ReadingPace overall = new ReadingPace(50, 15_000, 50 * 60_000);
        assertThat(PaceText.of(story, overall))
                .isEqualTo("You read at about 300 words a minute" + FooterText.DOT + "1 min so far");
    }

    @Test
    void untilThePaceIsKnownItSaysWhatIsAssumed() {
        assertThat(PaceText.of(ReadingPace.NONE, ReadingPace.NONE)).isEqualTo("no reading time counted yet"
                + FooterText.DOT + "your own pace is used after about 5 pages; until then 250 words a minute");
        assertThat(PaceText.of(new ReadingPace(1, 200, 40_000), ReadingPace.NONE)).startsWith("under a minute so far");
    }

    @Test
    void longReadingIsInHoursAndMinutes() {
        assertThat(PaceText.of(new ReadingPace(200, 60_000, 65 * 60_000), ReadingPace.NONE)).endsWith("1 h 5 min so far");
    }
}
