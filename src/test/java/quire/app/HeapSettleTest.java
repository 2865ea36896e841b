package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

/**
 * The heap is settled once after a background count ends, not during one, and once for a burst of
 * counts (a reader pressing Ctrl+= three times): the memory a long story's count used is given back
 * without a pause per change. Time is the test's: a delayed task runs when the test lets the quiet
 * time pass, so a busy machine changes nothing.
 */
class HeapSettleTest {
    private static final long QUIET_MS = 1000;

    private record Delayed(Runnable task, long delayMs, CompletableFuture<Void> future) {
    }

    private final List<Delayed> delayed = new ArrayList<>();
    private final AtomicInteger collections = new AtomicInteger();
    private final AtomicInteger countsStarted = new AtomicInteger();
    private final SimpleBooleanProperty exact = new SimpleBooleanProperty(false);

    private void follow() {
        HeapSettle.Delay delay = (task, ms) -> {
            CompletableFuture<Void> future = new CompletableFuture<>();
            delayed.add(new Delayed(task, ms, future));
            return future;
        };
        new HeapSettle(delay, QUIET_MS, collections::incrementAndGet, countsStarted::incrementAndGet).follow(exact);
    }

    /** The quiet time passes: every delayed task not cancelled runs, once. */
    private void quietTimePasses() {
        List<Delayed> due = new ArrayList<>(delayed);
        delayed.clear();
        for (Delayed d : due) {
            assertThat(d.delayMs()).isEqualTo(QUIET_MS);
            if (!d.future().isCancelled()) {
                d.task().run();
                d.future().complete(null);
            }
        }
    }

    @Test
    void oneCollectionOnceTheCountIsDoneAndQuiet() {
        follow();
        exact.set(true);
        assertThat(collections).as("not at once: the count just ended").hasValue(0);
        quietTimePasses();
        assertThat(collections).hasValue(1);
        quietTimePasses();
        assertThat(collections).as("and only once").hasValue(1);
    }

    @Test
    void aBurstOfCountsIsSettledOnceAfterTheLast() {
        follow();
        for (int change = 0; change < 3; change++) {
            exact.set(true);
            exact.set(false);
        }
        quietTimePasses();
        assertThat(collections).as("while a count runs").hasValue(0);
        exact.set(true);
        exact.set(false);
        exact.set(true);
        quietTimePasses();
        assertThat(collections).as("the last count's only").hasValue(1);
    }

    @Test
    void eachCountThatBeginsIsToldSoTheHeapMayGrowRoomilyWhileItRuns() {
        exact.set(true);
        follow();
        assertThat(countsStarted).as("nothing counts yet").hasValue(0);
        exact.set(false);
        assertThat(countsStarted).hasValue(1);
        exact.set(true);
        quietTimePasses();
        assertThat(collections).hasValue(1);
        assertThat(countsStarted).as("the settle itself is no count").hasValue(1);
        exact.set(false);
        assertThat(countsStarted).hasValue(2);
    }

    @Test
    void aPaginationThatWasExactAtOnceCostsNoCollection() {
        exact.set(true);
        follow();
        quietTimePasses();
        assertThat(collections).hasValue(0);
        assertThat(delayed).isEmpty();
    }
}
