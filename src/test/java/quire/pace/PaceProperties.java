package quire.pace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import quire.testing.Gen;
import quire.testing.Property;

/**
 * Random reading sessions: pages shown for any time from a glance to an hour, with stretches away from
 * the window. Whatever happens, only focused time between the limits counts, and the pace is the words
 * over the time of exactly those pages, within the bounds of the pages' own paces.
 */
class PaceProperties {
    /** One page: its words, focused time before and after a stretch away, and how long away. */
    record Visit(int words, int focusedBefore, int away, int focusedAfter) {
        long focused() {
            return (long) focusedBefore + focusedAfter;
        }

        boolean counts() {
            return words > 0 && focused() >= PageTimer.MIN_MILLIS && focused() <= PageTimer.MAX_MILLIS;
        }
    }

    private static final Gen<Integer> TIME = Gen.frequency(List.of(
            Gen.weighted(3, Gen.ints(0, 5_000)),
            Gen.weighted(5, Gen.ints(0, 120_000)),
            Gen.weighted(1, Gen.ints(0, 3_600_000))));
    private static final Gen<Visit> VISIT = Gen.zip(Gen.ints(0, 600), TIME, Gen.oneOf(Gen.constant(0), TIME), TIME,
            Visit::new);

    @Test
    void onlyFocusedPagesWithinTheLimitsCountAndThePaceStaysWithinThem() {
        Property.forAll("pace", 400, Gen.lists(VISIT, 0, 40), visits -> {
            FakeTicker clock = new FakeTicker();
            PageTimer timer = new PageTimer(clock);
            ReadingPace pace = ReadingPace.NONE;
            for (Visit visit : visits) {
                ReadingPace before = pace;
                pace = timer.show(visit.words()).map(before::plus).orElse(before);
                clock.advance(visit.focusedBefore());
                timer.setAttentive(false);
                clock.advance(visit.away());
                timer.setAttentive(true);
                clock.advance(visit.focusedAfter());
            }
            ReadingPace before = pace;
            pace = timer.end().map(before::plus).orElse(before);

            List<Visit> counted = visits.stream().filter(Visit::counts).toList();
            assertThat(pace.pages()).isEqualTo(counted.size());
            assertThat(pace.millis()).isEqualTo(counted.stream().mapToLong(Visit::focused).sum());
            assertThat(pace.words()).isEqualTo(counted.stream().mapToLong(Visit::words).sum());
            if (counted.size() < ReadingPace.PAGES_NEEDED) {
                assertThat(pace.wordsPerMinute()).isEqualTo(ReadingPace.DEFAULT_WORDS_PER_MINUTE);
            } else {
                double slowest = counted.stream().mapToDouble(v -> v.words() * 60_000.0 / v.focused()).min().orElseThrow();
                double fastest = counted.stream().mapToDouble(v -> v.words() * 60_000.0 / v.focused()).max().orElseThrow();
                double wpm = pace.wordsPerMinute();
                assertThat(wpm).isBetween((double) ReadingPace.SLOWEST, (double) ReadingPace.FASTEST);
                assertThat(wpm).isBetween(clamp(slowest) - 1e-9, clamp(fastest) + 1e-9);
                assertThat(wpm).isCloseTo(clamp(pace.words() * 60_000.0 / pace.millis()), within(1e-9));
            }
        });
    }

    private static double clamp(double wpm) {
        return Math.max(ReadingPace.SLOWEST, Math.min(ReadingPace.FASTEST, wpm));
    }
}
