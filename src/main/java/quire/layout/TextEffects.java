package quire.layout;

/**
 * What a run of text carries besides its font: underline, strike-through, and superscript or subscript,
 * as bits of one {@code int} so that a line's runs keep them in one small array (none at all on the
 * lines that have none, which is nearly every line). Superscript and subscript are set in a smaller size
 * ({@link #SCRIPT_SIZE} of the text's) and drawn raised or lowered ({@link #shift}); the text itself,
 * what copy and search see, is never changed.
 */
public final class TextEffects {
    public static final int NONE = 0;
    public static final int UNDERLINE = 1;
    public static final int STRIKETHROUGH = 2;
    public static final int SUPERSCRIPT = 4;
    public static final int SUBSCRIPT = 8;

    /** A superscript's or subscript's size, as a share of the text around it (about a browser's "smaller"). */
    public static final double SCRIPT_SIZE = 0.7;
    /** How far a superscript's baseline is raised, in its own (smaller) size: a third of the text's em. */
    static final double SUPERSCRIPT_RISE = 0.48;
    /** How far a subscript's baseline is lowered, in its own size: a fifth of the text's em. */
    static final double SUBSCRIPT_DROP = 0.28;

    private TextEffects() {
    }

    public static boolean has(int effects, int effect) {
        return (effects & effect) != 0;
    }

    static boolean isScript(int effects) {
        return has(effects, SUPERSCRIPT) || has(effects, SUBSCRIPT);
    }

    /**
     * How far below the line's baseline a run with these effects in a font of {@code size} pixels sits:
     * negative for a superscript (raised), positive for a subscript, zero otherwise.
     */
    public static double shift(int effects, double size) {
        if (has(effects, SUPERSCRIPT)) {
            return -SUPERSCRIPT_RISE * size;
        }
        return has(effects, SUBSCRIPT) ? SUBSCRIPT_DROP * size : 0;
    }
}
