package quire.layout;

/**
 * How many paragraphs each pass of the optimal breaker set: most in the first, some needing hyphens in
 * the second, a few needing letter spacing in the third, and (rarely, counted because it may overfill a
 * line or leave it loose) the emergency pass.
 */
final class BreakTally {
    static final int PLAIN = 1;
    static final int HYPHENATED = 2;
    static final int LETTER_SPACED = 3;
    static final int EMERGENCY = 4;

    private final long[] byPass = new long[5];

    void paragraph(int pass) {
        byPass[pass]++;
    }

    long setInPass(int pass) {
        return byPass[pass];
    }

    long emergencies() {
        return byPass[EMERGENCY];
    }

    long letterSpaced() {
        return byPass[LETTER_SPACED];
    }
}
