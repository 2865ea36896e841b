package quire.ui.page;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that help the UI thread count a long story's pages: one per core beyond the first, so
 * the count uses the whole machine while the UI thread keeps its own core for input and drawing. Daemon
 * threads, started on first use and kept while the app runs.
 */
final class LayoutHelpers {
    /** How many helpers a pagination asks for: the cores beyond the UI thread's, at least one. */
    static final int COUNT = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

    private static final class Holder {
        private static final AtomicInteger NUMBER = new AtomicInteger();
        static final ExecutorService THREADS = Executors.newFixedThreadPool(COUNT, task -> {
            Thread thread = new Thread(task, "quire-layout-" + NUMBER.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    private LayoutHelpers() {
    }

    static ExecutorService threads() {
        return Holder.THREADS;
    }
}
