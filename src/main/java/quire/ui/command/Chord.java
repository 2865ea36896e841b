package quire.ui.command;

import java.util.Map;
import javafx.scene.input.KeyCode;

/**
 * One way to press a command: a key with or without Ctrl (Cmd on macOS) and Shift, or a typed
 * character for keys that sit in different places on different layouts ("?", "/", "+"). Exactly one
 * of {@code code} and {@code typed} is set.
 */
public record Chord(KeyCode code, String typed, boolean control, boolean shift) {
    private static final Map<KeyCode, String> PUNCTUATION = Map.ofEntries(
            Map.entry(KeyCode.EQUALS, "="), Map.entry(KeyCode.MINUS, "-"), Map.entry(KeyCode.PLUS, "+"),
            Map.entry(KeyCode.OPEN_BRACKET, "["), Map.entry(KeyCode.CLOSE_BRACKET, "]"),
            Map.entry(KeyCode.SLASH, "/"), Map.entry(KeyCode.ESCAPE, "Esc"),
            Map.entry(KeyCode.BACK_SPACE, "Backspace"), Map.entry(KeyCode.DIGIT0, "0"));

    public Chord {
        if ((code == null) == (typed == null)) {
            throw new IllegalArgumentException("a chord is a key or a typed character, not both or neither");
        }
    }

    public static Chord key(KeyCode code) {
        return new Chord(code, null, false, false);
    }

    public static Chord shift(KeyCode code) {
        return new Chord(code, null, false, true);
    }

    public static Chord ctrl(KeyCode code) {
        return new Chord(code, null, true, false);
    }

    public static Chord ctrlShift(KeyCode code) {
        return new Chord(code, null, true, true);
    }

    /** A character however the layout types it; Shift is whatever that takes. */
    public static Chord typed(String character) {
        return new Chord(null, character, false, false);
    }

    public static Chord ctrlTyped(String character) {
        return new Chord(null, character, true, false);
    }

    /** True when the press is this key with exactly these modifiers (and no Alt). */
    public boolean matches(javafx.scene.input.KeyEvent event) {
        return !event.isAltDown() && pressedAs(event.getCode(), event.isShortcutDown() || event.isControlDown(),
                event.isShiftDown());
    }

    /** This key with exactly these modifiers. */
    boolean pressedAs(KeyCode pressed, boolean withControl, boolean withShift) {
        return code == pressed && control == withControl && shift == withShift;
    }

    /** This typed character, with Ctrl as given (Shift does not count: the layout may need it). */
    boolean typedAs(String text, boolean withControl) {
        return typed != null && typed.equals(text) && control == withControl;
    }

    /** How the keyboard help names it: "Ctrl+Shift+F", "Page Down", "?". */
    public String name() {
        String key = typed != null ? typed : PUNCTUATION.getOrDefault(code, code.getName());
        return (control ? "Ctrl+" : "") + (shift ? "Shift+" : "") + key;
    }
}
