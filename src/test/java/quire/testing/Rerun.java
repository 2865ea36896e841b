package quire.testing;

import java.util.Optional;
import java.util.Set;

/**
 * The Maven command that repeats a property's run: the test method that called the harness (the first
 * frame of Quire's code outside the harness that is not a lambda), and its seed.
 * Failsafe runs the {@code *IT} classes (in {@code verify}), Surefire the rest (in {@code test}).
 */
record Rerun(String testClass, String testMethod, long seed) {
    private static final Set<String> HARNESS = Set.of(Property.class.getName(), Rerun.class.getName());

    static Rerun fromCaller(long seed) {
        Optional<StackWalker.StackFrame> caller = StackWalker.getInstance().walk(frames -> frames
                .filter(frame -> frame.getClassName().startsWith("quire.") && !HARNESS.contains(frame.getClassName())
                        && !frame.getMethodName().startsWith("lambda$"))
                .findFirst());
        return caller.map(frame -> new Rerun(simpleName(frame.getClassName()), frame.getMethodName(), seed))
                .orElse(new Rerun("?", "?", seed));
    }

    String command() {
        String test = testClass + "#" + testMethod;
        if (testClass.endsWith("IT")) {
            return "mvn verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=" + test
                    + " -Dquire.seed=" + seed;
        }
        return "mvn test -Dtest=" + test + " -Dquire.seed=" + seed;
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
