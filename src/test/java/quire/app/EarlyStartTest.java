package quire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyStartTest {
    @TempDir
    Path config;

    @AfterEach
    void nothingLeftBehind() {
        EarlyStart.take();
    }

    @Test
    void whatMainBeganReadingIsWhatStartTakesAndOnlyOnce() {
        Thread main = Thread.currentThread();
        Thread[] reader = new Thread[1];
        EarlyStart.begin(() -> {
            reader[0] = Thread.currentThread();
            return Opening.read(LaunchRequest.Read.bundledStory(), config);
        });

        Opening opening = EarlyStart.take().orElseThrow();

        assertThat(reader[0]).as("read off the thread that launches JavaFX").isNotSameAs(main);
        assertThat(opening.model().screen()).isInstanceOf(AppModel.Consent.class);
        assertThat(EarlyStart.take()).as("a second start reads for itself").isEmpty();
        opening.memory().close();
    }

    @Test
    void takeWaitsForTheReadingToFinish() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        EarlyStart.begin(() -> {
            awaitQuietly(release);
            return Opening.read(LaunchRequest.Read.bundledStory(), config);
        });
        Thread releaser = new Thread(() -> {
            sleepQuietly(100);
            release.countDown();
        });
        releaser.start();

        Opening opening = EarlyStart.take().orElseThrow();

        assertThat(release.getCount()).isZero();
        opening.memory().close();
    }

    @Test
    void nothingBegunMeansNothingToTake() {
        assertThat(EarlyStart.take()).isEmpty();
    }

    @Test
    void aFailureWhileReadingReachesStartAsItself() {
        EarlyStart.begin(() -> {
            throw new IllegalStateException("disk on fire");
        });
        assertThatThrownBy(EarlyStart::take).isInstanceOf(IllegalStateException.class).hasMessage("disk on fire");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
