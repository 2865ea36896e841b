package quire.access;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.input.KeyCode;

/**
 * The X11 key a JavaFX key code was: its keysym (the number and the name GTK's bridge reports) and its
 * hardware key code. Orca on X11 matches its commands by hardware key code, which JavaFX does not
 * give; these are the codes X's evdev driver gives each physical key (Linux's key number plus 8), the
 * same on every layout, since they name the key's place, not its letter. Letters and digits by their
 * US places; keys not here are not passed on.
 */
final class XKeys {
    /** One X key. */
    record XKey(int keysym, int keycode, String name) {
    }

    private static final Map<KeyCode, XKey> KEYS = new EnumMap<>(KeyCode.class);
    private static final String LETTER_KEYCODES = "38 56 54 40 26 41 42 43 31 44 45 46 58 57 32 33 24 27 39 28 30 55 25 53 29 52";

    static {
        String[] letters = LETTER_KEYCODES.split(" ");
        for (int i = 0; i < 26; i++) {
            char letter = (char) ('a' + i);
            KEYS.put(KeyCode.valueOf(String.valueOf(Character.toUpperCase(letter))),
                    new XKey(letter, Integer.parseInt(letters[i]), String.valueOf(letter)));
        }
        for (int digit = 0; digit <= 9; digit++) {
            KEYS.put(KeyCode.valueOf("DIGIT" + digit), new XKey('0' + digit, digit == 0 ? 19 : 9 + digit,
                    String.valueOf(digit)));
        }
        put(KeyCode.SPACE, 0x20, 65, "space");
        put(KeyCode.ENTER, 0xff0d, 36, "Return");
        put(KeyCode.ESCAPE, 0xff1b, 9, "Escape");
        put(KeyCode.BACK_SPACE, 0xff08, 22, "BackSpace");
        put(KeyCode.TAB, 0xff09, 23, "Tab");
        put(KeyCode.DELETE, 0xffff, 119, "Delete");
        put(KeyCode.INSERT, 0xff63, 118, "Insert");
        put(KeyCode.HOME, 0xff50, 110, "Home");
        put(KeyCode.END, 0xff57, 115, "End");
        put(KeyCode.PAGE_UP, 0xff55, 112, "Page_Up");
        put(KeyCode.PAGE_DOWN, 0xff56, 117, "Page_Down");
        put(KeyCode.LEFT, 0xff51, 113, "Left");
        put(KeyCode.UP, 0xff52, 111, "Up");
        put(KeyCode.RIGHT, 0xff53, 114, "Right");
        put(KeyCode.DOWN, 0xff54, 116, "Down");
        put(KeyCode.SHIFT, 0xffe1, 50, "Shift_L");
        put(KeyCode.CONTROL, 0xffe3, 37, "Control_L");
        put(KeyCode.ALT, 0xffe9, 64, "Alt_L");
        put(KeyCode.WINDOWS, 0xffeb, 133, "Super_L");
        put(KeyCode.CAPS, 0xffe5, 66, "Caps_Lock");
        put(KeyCode.MINUS, 0x2d, 20, "minus");
        put(KeyCode.EQUALS, 0x3d, 21, "equal");
        put(KeyCode.OPEN_BRACKET, 0x5b, 34, "bracketleft");
        put(KeyCode.CLOSE_BRACKET, 0x5d, 35, "bracketright");
        put(KeyCode.SEMICOLON, 0x3b, 47, "semicolon");
        put(KeyCode.QUOTE, 0x27, 48, "apostrophe");
        put(KeyCode.BACK_QUOTE, 0x60, 49, "grave");
        put(KeyCode.BACK_SLASH, 0x5c, 51, "backslash");
        put(KeyCode.COMMA, 0x2c, 59, "comma");
        put(KeyCode.PERIOD, 0x2e, 60, "period");
        put(KeyCode.SLASH, 0x2f, 61, "slash");
        int[] functionKeycodes = {67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 95, 96};
        for (int n = 1; n <= 12; n++) {
            put(KeyCode.valueOf("F" + n), 0xffbe + n - 1, functionKeycodes[n - 1], "F" + n);
        }
        keypad();
    }

    /** The keypad, where Orca's desktop layout has its reading commands (Say All is KP_Add). */
    private static void keypad() {
        put(KeyCode.ADD, 0xffab, 86, "KP_Add");
        put(KeyCode.SUBTRACT, 0xffad, 82, "KP_Subtract");
        put(KeyCode.MULTIPLY, 0xffaa, 63, "KP_Multiply");
        put(KeyCode.DIVIDE, 0xffaf, 106, "KP_Divide");
        put(KeyCode.DECIMAL, 0xffae, 91, "KP_Decimal");
        int[] numpadKeycodes = {90, 87, 88, 89, 83, 84, 85, 79, 80, 81};
        for (int digit = 0; digit <= 9; digit++) {
            put(KeyCode.valueOf("NUMPAD" + digit), 0xffb0 + digit, numpadKeycodes[digit], "KP_" + digit);
        }
        put(KeyCode.KP_UP, 0xff97, 80, "KP_Up");
        put(KeyCode.KP_DOWN, 0xff99, 88, "KP_Down");
        put(KeyCode.KP_LEFT, 0xff96, 83, "KP_Left");
        put(KeyCode.KP_RIGHT, 0xff98, 85, "KP_Right");
    }

    private XKeys() {
    }

    private static void put(KeyCode code, int keysym, int keycode, String name) {
        KEYS.put(code, new XKey(keysym, keycode, name));
    }

    /** The key, its keysym capital where Shift makes a letter one. */
    static Optional<XKey> of(KeyCode code, boolean shift) {
        XKey key = KEYS.get(code);
        if (key == null) {
            return Optional.empty();
        }
        if (shift && code.isLetterKey()) {
            String capital = key.name().toUpperCase(java.util.Locale.ROOT);
            return Optional.of(new XKey(capital.charAt(0), key.keycode(), capital));
        }
        return Optional.of(key);
    }
}
