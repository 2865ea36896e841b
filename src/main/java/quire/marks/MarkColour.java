package quire.marks;

/** The four highlight colours; pressing H again on a highlight moves it to the next one. */
public enum MarkColour {
    YELLOW, GREEN, BLUE, PINK;

    public MarkColour next() {
        return values()[(ordinal() + 1) % values().length];
    }

    /** The colour's name as a reader reads it, e.g. "yellow". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
