package quire.testing;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Where a run's cases come from and how many there are: the seed, and the whole number every property's
 * tries are multiplied by. Read from {@code -Dquire.seed} and {@code -Dquire.tries}; tests of the harness
 * make their own.
 */
record Settings(long seed, int triesMultiplier) {
    /** The seed of every build that names none: a fixed one, so CI fails or passes the same way each time. */
    static final long DEFAULT_SEED = 20_151_015L;

    Settings {
        if (triesMultiplier < 1) {
            throw new IllegalArgumentException("quire.tries must be a whole number of at least 1, not " + triesMultiplier);
        }
    }

    static Settings fromSystemProperties() {
        String seed = System.getProperty("quire.seed");
        Settings settings = parse(seed, System.getProperty("quire.tries"));
        if (isRandom(seed)) {
            RandomSeed.announce();
        }
        return settings;
    }

    private static boolean isRandom(String seed) {
        return seed != null && seed.strip().equalsIgnoreCase("random");
    }

    /** Blank means the default (Maven passes an unset property through as an empty one). */
    static Settings parse(String seed, String tries) {
        return new Settings(parseSeed(seed), parseTries(tries));
    }

    private static long parseSeed(String seed) {
        if (seed == null || seed.isBlank()) {
            return DEFAULT_SEED;
        }
        if (isRandom(seed)) {
            return RandomSeed.THIS_RUN;
        }
        try {
            return Long.parseLong(seed.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("quire.seed must be a whole number or \"random\", not \"" + seed + "\"", e);
        }
    }

    private static int parseTries(String tries) {
        if (tries == null || tries.isBlank()) {
            return 1;
        }
        try {
            return Integer.parseInt(tries.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("quire.tries must be a whole number of at least 1 (a multiplier), not \""
                    + tries + "\"", e);
        }
    }

    /** One random seed for the whole test JVM, said out loud (once) so that a run that passed can be repeated too. */
    private static final class RandomSeed {
        static final long THIS_RUN = new SplittableRandom().nextLong();
        private static final AtomicBoolean ANNOUNCED = new AtomicBoolean();

        static void announce() {
            if (ANNOUNCED.compareAndSet(false, true)) {
                System.out.println("quire.seed=random: this run's seed is " + THIS_RUN);
            }
        }
    }
}
