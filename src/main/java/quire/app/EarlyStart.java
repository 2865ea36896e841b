package quire.app;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Reads the {@link Opening} on a background thread while JavaFX starts its toolkit, which takes about a
 * quarter of a second during which {@code main} only waits; {@link QuireApp#start} then takes what was
 * read instead of reading it itself.
 *
 * <p>JavaFX constructs the {@link javafx.application.Application} by reflection and hands it nothing
 * but the command line, so this hand-over is Quire's one piece of static state: begun once by
 * {@code main}, taken once by {@code start}. Started any other way (a test's toolkit), nothing was
 * begun and {@code start} reads the opening itself, through the same {@link Opening#read}.
 */
final class EarlyStart {
    private static final AtomicReference<CompletableFuture<Opening>> BEGUN = new AtomicReference<>();

    private EarlyStart() {
    }

    /** Starts {@code read} (in Quire, {@link Opening#read}) on its own thread. */
    static void begin(Supplier<Opening> read) {
        BEGUN.set(CompletableFuture.supplyAsync(read, work -> {
            Thread worker = new Thread(work, "quire-early-start");
            worker.setDaemon(true);
            worker.start();
        }));
    }

    /** What {@link #begin} read, once it is read; empty when nothing was begun or it was already taken. */
    static Optional<Opening> take() {
        CompletableFuture<Opening> reading = BEGUN.getAndSet(null);
        if (reading == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(reading.join());
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw failed;
        }
    }
}
