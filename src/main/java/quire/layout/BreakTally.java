package quire.layout;

/**
 * How many paragraphs each pass of the optimal breaker set: most in the first, some needing hyphens in
 * the second, and (rarely, counted because it may overfill a line) the emergency pass.
 */
final class BreakTally {
    private final long[] byPass = new long[4];

    void paragraph(int pass) {
        byPass[pass]++;
    }

    long setInPass(int pass) {
        return byPass[pass];
    }

    long emergencies() {
        return byPass[3];
    }
}
