package quire.pace;

/** Elapsed time in milliseconds from some fixed start; only differences mean anything. */
@FunctionalInterface
public interface Ticker {
    long millis();

    /** The JVM's monotonic clock: it never jumps when the wall clock is changed. */
    static Ticker system() {
        return () -> System.nanoTime() / 1_000_000L;
    }
}
