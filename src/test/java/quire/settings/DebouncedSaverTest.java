package quire.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DebouncedSaverTest {
    @Test
    void aBurstOfChangesWritesOnceWithTheLastValue() throws Exception {
        List<Integer> written = new CopyOnWriteArrayList<>();
        try (DebouncedSaver saver = new DebouncedSaver(Duration.ofMillis(100), e -> { })) {
            for (int i = 0; i < 20; i++) {
                int value = i;
                saver.schedule("stories", () -> written.add(value));
            }
            long deadline = System.currentTimeMillis() + 5000;
            while (written.isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
        }
        assertThat(written).containsExactly(19);
    }

    @Test
    void flushWritesWhatIsPendingAtOnce() {
        AtomicInteger writes = new AtomicInteger();
        try (DebouncedSaver saver = new DebouncedSaver(Duration.ofHours(1), e -> { })) {
            saver.schedule("preferences", writes::incrementAndGet);
            saver.schedule("stories", writes::incrementAndGet);
            saver.flush();
            assertThat(writes).hasValue(2);
            saver.flush();
            assertThat(writes).hasValue(2);
        }
    }

    @Test
    void failuresAreReportedNotThrown() {
        List<Exception> errors = new CopyOnWriteArrayList<>();
        try (DebouncedSaver saver = new DebouncedSaver(Duration.ofHours(1), errors::add)) {
            saver.schedule("preferences", () -> {
                throw new java.io.IOException("disk full");
            });
            saver.flush();
        }
        assertThat(errors).singleElement().extracting(Throwable::getMessage).isEqualTo("disk full");
    }
}
