package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The heap is settled once after a background count ends, not during one, and once for a burst of
 * counts (a reader pressing Ctrl+= three times): the memory a long story's count used is given back
 * without a pause per change.
 */
class HeapSettleTest {
    private static final long QUIET_MS = 150;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger collections = new AtomicInteger();
    private final SimpleBooleanProperty exact = new SimpleBooleanProperty(false);

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    private void follow() {
        new HeapSettle(timer, QUIET_MS, collections::incrementAndGet).follow(exact);
    }

    @Test
    void oneCollectionOnceTheCountIsDoneAndQuiet() throws InterruptedException {
        follow();
        exact.set(true);
        assertThat(collections).as("not at once: the count just ended").hasValue(0);
        Thread.sleep(QUIET_MS * 4);
        assertThat(collections).hasValue(1);
        Thread.sleep(QUIET_MS * 2);
        assertThat(collections).as("and only once").hasValue(1);
    }

    @Test
    void aBurstOfCountsIsSettledOnceAfterTheLast() throws InterruptedException {
        follow();
        for (int change = 0; change < 3; change++) {
            exact.set(true);
            exact.set(false);
        }
        Thread.sleep(QUIET_MS * 3);
        assertThat(collections).as("while a count runs").hasValue(0);
        exact.set(true);
        Thread.sleep(QUIET_MS * 4);
        assertThat(collections).hasValue(1);
    }

    @Test
    void aPaginationThatWasExactAtOnceCostsNoCollection() throws InterruptedException {
        exact.set(true);
        follow();
        Thread.sleep(QUIET_MS * 3);
        assertThat(collections).hasValue(0);
    }
}
