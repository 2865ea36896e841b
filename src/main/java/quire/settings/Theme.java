package quire.settings;

/** The reading themes, in the order the T key cycles them. */
public enum Theme {
    LIGHT, SEPIA, DARK, BLACK;

    public Theme next() {
        return values()[(ordinal() + 1) % values().length];
    }
}
