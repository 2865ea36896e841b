package quire.speech;

import quire.place.BlockRole;

/**
 * The silences read aloud puts between stretches of speech, so a listener hears the shape of the text:
 * eSpeak's own pause ends a sentence; a paragraph's end adds a breath; a heading, and the start of a new
 * scene, a longer one. They shrink as the reader speeds the voice up (never below half), so fast listening
 * stays fast without running paragraphs together.
 */
public final class Pauses {
    public static final int PARAGRAPH_MILLIS = 300;
    public static final int HEADING_MILLIS = 700;
    public static final int SCENE_BREAK_MILLIS = 1100;
    /** The rate the pauses above are written for. */
    static final int AT_RATE = 175;

    private Pauses() {
    }

    /**
     * The pause after a stretch of a block in {@code role}; {@code endsBlock} when it is the block's last,
     * {@code next} the role of the block that follows (null at the story's end).
     */
    public static int after(BlockRole role, boolean endsBlock, BlockRole next, int wordsPerMinute) {
        int millis;
        if (role == BlockRole.SCENE_BREAK) {
            millis = SCENE_BREAK_MILLIS;
        } else if (!endsBlock) {
            millis = 0;
        } else if (role == BlockRole.HEADING || next == BlockRole.HEADING) {
            millis = HEADING_MILLIS;
        } else {
            millis = PARAGRAPH_MILLIS;
        }
        return scaled(millis, wordsPerMinute);
    }

    private static int scaled(int millis, int wordsPerMinute) {
        double factor = Math.max(0.5, Math.min(1.0, (double) AT_RATE / Math.max(1, wordsPerMinute)));
        return (int) Math.round(millis * factor);
    }
}
