package quire.access;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;

/**
 * Runs a question on the JavaFX thread and waits for its answer: D-Bus calls arrive on dbus-java's
 * threads, and JavaFX answers accessibility questions on its own thread only. A UI thread that does
 * not answer in time (busy, or gone at exit) gives the fallback, so a screen reader is never hung.
 */
final class FxThread {
    private static final long TIMEOUT_MS = 2_000;

    private FxThread() {
    }

    static <T> T ask(Callable<T> question, T fallback) {
        if (Platform.isFxApplicationThread()) {
            return answer(question, fallback);
        }
        FutureTask<T> task = new FutureTask<>(() -> answer(question, fallback));
        try {
            Platform.runLater(task);
            return task.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return fallback;
        } catch (ExecutionException | TimeoutException | IllegalStateException notAnswered) {
            return fallback;
        }
    }

    static void run(Runnable action) {
        ask(() -> {
            action.run();
            return Boolean.TRUE;
        }, Boolean.FALSE);
    }

    private static <T> T answer(Callable<T> question, T fallback) {
        try {
            T answer = question.call();
            return answer == null ? fallback : answer;
        } catch (Exception | LinkageError failed) {
            return fallback;
        }
    }
}
