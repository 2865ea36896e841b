package quire.pace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageTimerTest {
    private final FakeTicker clock = new FakeTicker();
    private final PageTimer timer = new PageTimer(clock);

    private Optional<PageRead> readFor(int words, long millis) {
        timer.show(words);
        clock.advance(millis);
        return timer.show(300);
    }

    @Test
    void aPageReadForAMinuteCountsItsWordsAndTime() {
        assertThat(readFor(250, 60_000)).contains(new PageRead(250, 60_000));
    }

    @Test
    void aPageTurnedPastInUnderThreeSecondsDoesNotCount() {
        assertThat(readFor(250, 2_999)).isEmpty();
        assertThat(readFor(250, 3_000)).isPresent();
    }

    @Test
    void aPageLeftOpenOverTenMinutesDoesNotCount() {
        assertThat(readFor(250, 600_001)).isEmpty();
        assertThat(readFor(250, 600_000)).isPresent();
    }

    @Test
    void timeWithTheWindowUnfocusedIsLeftOut() {
        timer.show(200);
        clock.advance(20_000);
        timer.setAttentive(false);
        clock.advance(30 * 60_000); // away for half an hour: would be over the limit if it counted
        timer.setAttentive(true);
        clock.advance(10_000);
        assertThat(timer.show(100)).contains(new PageRead(200, 30_000));
    }

    @Test
    void aPageShownWhileUnfocusedCountsFromWhenTheReaderCameBack() {
        timer.setAttentive(false);
        timer.show(200);
        clock.advance(60_000);
        assertThat(timer.end()).as("never focused: no time at all").isEmpty();
        timer.show(200);
        clock.advance(60_000);
        timer.setAttentive(true);
        clock.advance(5_000);
        assertThat(timer.end()).contains(new PageRead(200, 5_000));
    }

    @Test
    void aPageWithoutWordsDoesNotCount() {
        assertThat(readFor(0, 20_000)).isEmpty();
    }

    @Test
    void pagesLaidOutAnewStartTheirTimeAgain() {
        timer.show(200);
        clock.advance(50_000);
        timer.restart(180);
        clock.advance(20_000);
        assertThat(timer.end()).contains(new PageRead(180, 20_000));
        assertThat(timer.end()).as("ended once").isEmpty();
    }

    @Test
    void nothingShownNothingCounted() {
        clock.advance(20_000);
        assertThat(timer.end()).isEmpty();
        assertThat(timer.show(100)).isEmpty();
    }
}
