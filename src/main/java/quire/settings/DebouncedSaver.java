package quire.settings;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs saves off the UI thread, a moment after the last change: a burst of page turns or a dragged
 * slider writes once. Each key (say "preferences", "stories") has at most one pending save; a newer one
 * replaces it. {@link #flush()} runs what is pending at once and waits, for a clean exit.
 */
public final class DebouncedSaver implements AutoCloseable {

    /** A save that may fail with an I/O error. */
    @FunctionalInterface
    public interface Save {
        void run() throws java.io.IOException;
    }

    private final Duration delay;
    private final Consumer<Exception> onError;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "quire-settings-writer");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Pending> pending = new LinkedHashMap<>();

    private record Pending(Save save, ScheduledFuture<?> future) {
    }

    public DebouncedSaver(Duration delay, Consumer<Exception> onError) {
        this.delay = delay;
        this.onError = onError;
    }

    public synchronized void schedule(String key, Save save) {
        if (executor.isShutdown()) {
            run(save); // after close (late changes while quitting): write at once rather than lose them
            return;
        }
        Pending previous = pending.remove(key);
        if (previous != null) {
            previous.future().cancel(false);
        }
        ScheduledFuture<?> future = executor.schedule(() -> runPending(key), delay.toMillis(), TimeUnit.MILLISECONDS);
        pending.put(key, new Pending(save, future));
    }

    /** Runs every pending save now, on the writer thread, and waits for them. */
    public void flush() {
        try {
            executor.submit(() -> {
                for (String key : keys()) {
                    runPending(key);
                }
            }).get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException failed) {
            onError.accept(failed);
        }
    }

    @Override
    public void close() {
        if (executor.isShutdown()) {
            return;
        }
        flush();
        executor.shutdown();
    }

    private synchronized java.util.List<String> keys() {
        return java.util.List.copyOf(pending.keySet());
    }

    private void runPending(String key) {
        Pending job;
        synchronized (this) {
            job = pending.remove(key);
        }
        if (job == null) {
            return;
        }
        job.future().cancel(false);
        run(job.save());
    }

    private void run(Save save) {
        try {
            save.run();
        } catch (Exception e) {
            onError.accept(e);
        }
    }
}
