package quire.testing;

import java.util.Iterator;
import java.util.SplittableRandom;

/**
 * Checks that something holds for many generated inputs, from a JUnit test method:
 *
 * <pre>{@code
 * @Test
 * void anyText() {
 *     Property.forAll("anyText", 300, Texts.strings(Texts.anyCodePoint(), 0, 2000), text -> parse(text));
 * }
 * }</pre>
 *
 * The check fails by throwing anything: an assertion, or an exception the code under test let escape.
 */
public final class Property {
    /** How many smaller candidates a failure may try before the smallest failing one so far is reported. */
    static final int SHRINK_BUDGET = 2_000;

    private static final int ORIGINAL_SHOWN = 600;
    private static final int SHRUNK_SHOWN = 4_000;

    private Property() {
    }

    /** What must hold for one input; it may throw whatever the code under test throws. */
    @FunctionalInterface
    public interface Check<T> {
        void verify(T input) throws Throwable;
    }

    /**
     * Runs {@code check} on {@code tries} inputs from {@code gen} (times {@code -Dquire.tries}), from the
     * seed {@code -Dquire.seed} names or the fixed default.
     *
     * @throws AssertionError for the first input that fails, shrunk, with the seed that repeats it
     */
    public static <T> void forAll(String name, int tries, Gen<T> gen, Check<? super T> check) {
        forAll(Settings.fromSystemProperties(), name, tries, gen, check);
    }

    static <T> void forAll(Settings settings, String name, int tries, Gen<T> gen, Check<? super T> check) {
        if (tries < 1) {
            throw new IllegalArgumentException("a property needs at least one try, not " + tries);
        }
        Rerun rerun = Rerun.fromCaller(settings);
        int total = Math.multiplyExact(tries, settings.triesMultiplier());
        SplittableRandom cases = new SplittableRandom(settings.seed() ^ mix(name));
        int skipped = 0;
        for (int number = 1; number <= total; number++) {
            Shrinkable<T> input = gen.generate(new SplittableRandom(cases.nextLong()));
            Throwable failure = failureOf(check, input.value());
            if (failure instanceof Skipped) {
                skipped++;
            } else if (failure != null) {
                Shrunk<T> shrunk = shrink(check, input, failure);
                throw new AssertionError(report(name, settings.seed(), number, total, input, shrunk, rerun), shrunk.failure());
            }
        }
        if (skipped * 2 > total) {
            throw new AssertionError("Property \"" + name + "\" skipped " + skipped + " of its " + total
                    + " cases, so it checked too few: generate the inputs it checks instead of skipping them\n"
                    + "  re-run with:    " + rerun.command());
        }
    }

    /**
     * Leaves this case unchecked: the input is not one the property is about (a query that folds to
     * nothing). Skipped cases are counted; a property that skips more than half of its cases fails.
     */
    public static void skip() {
        throw new Skipped();
    }

    /** A case left unchecked; never a failure, and not shrunk towards. */
    private static final class Skipped extends RuntimeException {
        Skipped() {
            super("skipped", null, false, false);
        }
    }

    /** The smallest failing input found, its failure, and how many steps and runs it took to get there. */
    private record Shrunk<T>(Shrinkable<T> input, Throwable failure, int steps, int runs) {
    }

    /** Greedy: keep the first smaller input that still fails, and start again from it. */
    private static <T> Shrunk<T> shrink(Check<? super T> check, Shrinkable<T> failing, Throwable failure) {
        Shrunk<T> best = new Shrunk<>(failing, failure, 0, 0);
        boolean smaller = true;
        while (smaller && best.runs() < SHRINK_BUDGET) {
            smaller = false;
            int runs = best.runs();
            Iterator<Shrinkable<T>> candidates = best.input().shrinks().iterator();
            while (candidates.hasNext() && runs < SHRINK_BUDGET) {
                Shrinkable<T> candidate = candidates.next();
                runs++;
                Throwable again = realFailure(failureOf(check, candidate.value()));
                if (again != null) {
                    best = new Shrunk<>(candidate, again, best.steps() + 1, runs);
                    smaller = true;
                    break;
                }
            }
            if (!smaller) {
                best = new Shrunk<>(best.input(), best.failure(), best.steps(), runs);
            }
        }
        return best;
    }

    /** Any throwable counts, errors included: a parser's StackOverflowError is exactly what fuzzing is for. */
    private static <T> Throwable failureOf(Check<? super T> check, T input) {
        try {
            check.verify(input);
            return null;
        } catch (Throwable failure) {
            return failure;
        }
    }

    /** A failure, or null: a case that skipped itself did not fail (so shrinking never moves to one). */
    private static Throwable realFailure(Throwable outcome) {
        return outcome instanceof Skipped ? null : outcome;
    }

    private static String report(String name, long seed, int number, int total, Shrinkable<?> original,
                                 Shrunk<?> shrunk, Rerun rerun) {
        return "Property \"" + name + "\" failed on case " + number + " of " + total + " (seed " + seed + ")\n"
                + "  original input: " + Shown.show(original.value(), ORIGINAL_SHOWN) + "\n"
                + "  shrunk input:   " + Shown.show(shrunk.input().value(), SHRUNK_SHOWN)
                + "  (" + shrunk.steps() + " shrinks in " + shrunk.runs() + " runs)\n"
                + "  shrunk failure: " + shrunk.failure() + "\n"
                + "  re-run with:    " + rerun.command();
    }

    /** Spreads the name's bits so that properties sharing a seed still draw unrelated cases. */
    private static long mix(String name) {
        return new SplittableRandom(name.hashCode()).nextLong();
    }
}
