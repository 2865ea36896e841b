package quire.testing;

import java.util.Optional;
import java.util.Set;

/**
 * The Maven command that repeats a property's run: the test method that called the harness (the first
 * frame of Quire's code outside the harness that is not a lambda), its seed, and the tries multiplier
 * when it was not 1.
 * Failsafe runs the {@code *IT} classes (in {@code verify}), Surefire the rest (in {@code test}).
 */
record Rerun(String testClass, String testMethod, long seed, int triesMultiplier) {
    private static final Set<String> HARNESS = Set.of(Property.class.getName(), Rerun.class.getName());

    static Rerun fromCaller(long seed) {
        return fromCaller(new Settings(seed, 1));
    }

    /** With the run's multiplier too: case 51,168 of 100,000 is never reached by a run of 2,000. */
    static Rerun fromCaller(Settings settings) {
        long seed = settings.seed();
        int tries = settings.triesMultiplier();
        Optional<StackWalker.StackFrame> caller = StackWalker.getInstance().walk(frames -> frames
                .filter(frame -> frame.getClassName().startsWith("quire.") && !HARNESS.contains(frame.getClassName())
                        && !frame.getMethodName().startsWith("lambda$"))
                .findFirst());
        return caller.map(frame -> new Rerun(simpleName(frame.getClassName()), frame.getMethodName(), seed, tries))
                .orElse(new Rerun("?", "?", seed, tries));
    }

    String command() {
        String test = testClass + "#" + testMethod;
        String properties = " -Dquire.seed=" + seed + (triesMultiplier == 1 ? "" : " -Dquire.tries=" + triesMultiplier);
        if (testClass.endsWith("IT")) {
            return "mvn verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=" + test + properties;
        }
        return "mvn test -Dtest=" + test + properties;
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
