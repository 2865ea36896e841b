package quire.ui.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WheelTurnsTest {
    private final List<Integer> turns = new ArrayList<>();
    private long now;
    private final WheelTurns wheel = new WheelTurns(null, turns::add, () -> now);

    @Test
    void aBurstFromOneFlickTurnsOnePageAndTheNextNotchAfterThePauseTurnsAnother() {
        for (int event = 0; event < 8; event++) {
            wheel.wheel(-40); // wheel down: the next page
            now += 10_000_000L;
        }
        assertThat(turns).containsExactly(1);
        now += WheelTurns.LOCK_NANOS;
        wheel.wheel(-40);
        assertThat(turns).containsExactly(1, 1);
    }

    @Test
    void turningBackIsNeverHeldBackByTheLastTurnForward() {
        wheel.wheel(-40);
        wheel.wheel(40);
        wheel.wheel(0);
        assertThat(turns).containsExactly(1, -1);
    }
}
