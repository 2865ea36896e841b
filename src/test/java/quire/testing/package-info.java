/**
 * Quire's own property-testing harness, for plain JUnit 5 tests (no test engine of its own).
 *
 * <p>The contract:
 * <ul>
 *   <li>A {@link quire.testing.Gen} makes one value, with the smaller values it could shrink to, from a
 *       {@link java.util.SplittableRandom}; it has no state of its own, so the same random gives the same
 *       value.</li>
 *   <li>{@link quire.testing.Property#forAll} runs a check on {@code tries} generated cases. The cases come
 *       from one seed, mixed with the property's name so that two properties do not see the same stream:
 *       the same seed and name always give the same cases, in the same order.</li>
 *   <li>The seed is fixed unless {@code -Dquire.seed=<number>} or {@code -Dquire.seed=random} says otherwise,
 *       so a build fails or passes the same way every time. {@code -Dquire.tries=<n>} multiplies every
 *       property's tries by the whole number {@code n} (at least 1), for a long soak on a developer's
 *       machine; it never lowers them. {@link quire.testing.Soak#rounds} scales a slow check that is not a
 *       property (a crash test's kills) the same way.</li>
 *   <li>A failing case is shrunk greedily (the first smaller value that still fails is kept, until none
 *       does or the shrink budget is spent) and reported by an {@link java.lang.AssertionError} naming the
 *       property, the seed, the case number, the original and the shrunk input (strings escaped so that
 *       control characters and lone surrogates can be seen) and the command line that repeats the run. The
 *       shrunk case's own failure is the error's cause.</li>
 * </ul>
 */
package quire.testing;
