package quire.testing;

/**
 * How many rounds a slow check that is not a property runs (a crash test kills a child process each
 * round): a small count for every build, times {@code -Dquire.tries} for a soak, as a property's tries are.
 */
public final class Soak {
    private Soak() {
    }

    public static int rounds(int base) {
        return Math.multiplyExact(base, Settings.fromSystemProperties().triesMultiplier());
    }
}
