package quire.ui.scroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The autoscroll rule of a selecting drag in Scroll mode: still inside, faster the further past an edge. */
class AutoScrollSpeedTest {
    private static final double HEIGHT = 500;
    private final AutoScrollSpeed speed = new AutoScrollSpeed(30, 14, 2400);

    @Test
    void insideTheAreaAndOnItsEdgesNothingMoves() {
        for (double y : new double[] {0, 1, 250, 499.5, HEIGHT}) {
            assertThat(speed.pixelsPerSecond(y, HEIGHT)).as("y = %s", y).isZero();
        }
    }

    @Test
    void belowTheBottomItScrollsDownAboveTheTopUpAtTheSameSpeedForTheSameDistance() {
        assertThat(speed.pixelsPerSecond(HEIGHT + 10, HEIGHT)).isEqualTo(30 + 14 * 10);
        assertThat(speed.pixelsPerSecond(-10, HEIGHT)).isEqualTo(-(30 + 14 * 10));
        assertThat(speed.pixelsPerSecond(HEIGHT + 0.1, HEIGHT)).as("just past the edge: the base speed")
                .isCloseTo(30, org.assertj.core.data.Offset.offset(2.0));
    }

    @Test
    void theSpeedGrowsWithTheDistanceUntilItsCap() {
        double previous = 0;
        for (double past = 1; past <= 400; past += 1) {
            double now = speed.pixelsPerSecond(HEIGHT + past, HEIGHT);
            assertThat(now).as("%s px past", past).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(2400);
            if (now < 2400) {
                assertThat(now).isGreaterThan(previous);
            }
            previous = now;
        }
        assertThat(speed.pixelsPerSecond(HEIGHT + 1000, HEIGHT)).isEqualTo(2400);
        assertThat(speed.pixelsPerSecond(-1000, HEIGHT)).isEqualTo(-2400);
    }

    @Test
    void aFrameMovesBySpeedTimesItsTimeAndAStalledFrameCountsAsThree() {
        double perSecond = speed.pixelsPerSecond(HEIGHT + 20, HEIGHT);
        assertThat(speed.pixelsFor(HEIGHT + 20, HEIGHT, 16_666_667L)).isCloseTo(perSecond / 60,
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(speed.pixelsFor(HEIGHT + 20, HEIGHT, 2_000_000_000L))
                .as("a two-second stall does not jump the column two seconds' worth")
                .isEqualTo(perSecond * AutoScrollSpeed.LONGEST_FRAME_NANOS / 1e9);
        assertThat(speed.pixelsFor(HEIGHT + 20, HEIGHT, -5)).isZero();
        assertThat(speed.pixelsFor(100, HEIGHT, 16_666_667L)).isZero();
    }

    @Test
    void theDefaultMovesAboutALineASecondJustPastTheEdgeAndScreensFarOut() {
        assertThat(AutoScrollSpeed.DEFAULT.pixelsPerSecond(HEIGHT + 1, HEIGHT)).isBetween(20.0, 60.0);
        assertThat(AutoScrollSpeed.DEFAULT.pixelsPerSecond(HEIGHT + 200, HEIGHT)).isGreaterThanOrEqualTo(HEIGHT * 2);
        assertThatThrownBy(() -> new AutoScrollSpeed(10, -1, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AutoScrollSpeed(100, 1, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
