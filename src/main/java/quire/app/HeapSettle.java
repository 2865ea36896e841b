package quire.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Gives back the memory a long story's page count used, once the count is done. Counting a long
 * story's pages (and parsing it before that) leaves most of the heap it grew full of garbage, and the
 * serial collector the launcher chooses returns memory to the system only after a full collection,
 * which a reader turning pages may never cause. So when a reader's pages become exact after a count in
 * the background, and stay so for {@link #QUIET_MS} (a second font change restarts the wait), one full
 * collection runs, after the measurer forgets the widths of fonts no longer used, with the heap's free
 * room narrowed for it ({@link HeapRatios#tight}); with the launcher's {@code -XX:-ShrinkHeapInSteps} it
 * shrinks the heap to what is live at once. The room stays narrow while the reader reads (a search
 * index, say, grows the heap only as far as it needs) and is widened again when the next count begins
 * ({@link HeapRatios#roomy}), off the UI thread. It runs on a thread of its
 * own; its pause (about 0.1 s for a 16 MB story) comes after the reader has the exact page count, not
 * during a turn they asked for.
 */
final class HeapSettle {
    /** How long the pages must stay exact before the collection. */
    static final long QUIET_MS = 1000;

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "quire-heap-settle");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    /** Runs a task after a delay, on a thread of its own; the future cancels it. */
    interface Delay {
        Future<?> run(Runnable task, long delayMs);
    }

    private final Delay delay;
    private final long quietMs;
    private final Runnable collect;
    private final Runnable countStarts;
    private Future<?> pending;

    /** {@code countStarts} runs when a background count begins (the pages stop being exact). */
    HeapSettle(Delay delay, long quietMs, Runnable collect, Runnable countStarts) {
        this.delay = delay;
        this.quietMs = quietMs;
        this.collect = collect;
        this.countStarts = countStarts;
    }

    /**
     * Settles the heap after each background count that ends with {@code exact} becoming true;
     * {@code forgetOnUiThread} first drops what the count kept that reading will not ask for (the
     * measurer's widths of fonts not used since; the count forgets its words' hyphens itself), run on the UI thread and
     * waited for.
     */
    static void after(ObservableBooleanValue exact, Runnable forgetOnUiThread) {
        new HeapSettle((task, ms) -> TIMER.schedule(task, ms, TimeUnit.MILLISECONDS), QUIET_MS,
                () -> collect(forgetOnUiThread), () -> TIMER.execute(HeapRatios::roomy)).follow(exact);
    }

    /** A full collection; with {@code -Dquire.logTimings=true}, says what it gave back and how long it took. */
    private static void collect(Runnable forgetOnUiThread) {
        try {
            CompletableFuture.runAsync(forgetOnUiThread, Platform::runLater).get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | IllegalStateException e) {
            return; // the UI thread is busy, or gone (the app is closing): settle after the next count instead
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        Runtime runtime = Runtime.getRuntime();
        long before = runtime.totalMemory();
        long started = System.nanoTime();
        HeapRatios.tight();
        System.gc();
        if (Boolean.getBoolean("quire.logTimings")) {
            System.out.printf(java.util.Locale.ROOT, "quire: heap settled from %d MB to %d MB (%d MB live) in %.1f ms%n",
                    before >> 20, runtime.totalMemory() >> 20, (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                    (System.nanoTime() - started) / 1e6);
        }
    }

    void follow(ObservableBooleanValue exact) {
        exact.addListener((o, was, now) -> {
            if (now) {
                schedule();
            } else {
                cancel();
                countStarts.run();
            }
        });
    }

    private synchronized void schedule() {
        cancel();
        pending = delay.run(collect, quietMs);
    }

    private synchronized void cancel() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }
}
