package quire.access;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;

class KeyWatchTest {
    private static KeyEvent key(javafx.event.EventType<KeyEvent> type, KeyCode code, String text, boolean shift,
            boolean control) {
        return new KeyEvent(type, KeyEvent.CHAR_UNDEFINED, text, code, shift, control, false, false);
    }

    @Test
    void orcasSayAllKeyGoesOutAsX11sKeypadPlus() {
        DeviceEvent plus = KeyWatch.deviceEvent(key(KeyEvent.KEY_PRESSED, KeyCode.ADD, "+", false, false)).orElseThrow();

        assertThat(plus.type.intValue()).isEqualTo(DeviceEvent.PRESSED);
        assertThat(plus.keysym).isEqualTo(0xffab);
        assertThat(plus.keycode).isEqualTo((short) 86);
        assertThat(plus.text).isEqualTo("+");
    }

    @Test
    void theOrcaModifierIsInsertByNameAndKeycode() {
        DeviceEvent insert = KeyWatch.deviceEvent(key(KeyEvent.KEY_RELEASED, KeyCode.INSERT, "", false, false))
                .orElseThrow();

        assertThat(insert.type.intValue()).isEqualTo(DeviceEvent.RELEASED);
        assertThat(insert.text).isEqualTo("Insert");
        assertThat(insert.keycode).isEqualTo((short) 118);
        assertThat(insert.isText).isFalse();
    }

    @Test
    void aShiftedLetterIsItsCapitalWithTheShiftBit() {
        DeviceEvent capital = KeyWatch.deviceEvent(key(KeyEvent.KEY_PRESSED, KeyCode.H, "H", true, false)).orElseThrow();

        assertThat(capital.keysym).isEqualTo('H');
        assertThat(capital.keycode).isEqualTo((short) 43);
        assertThat(capital.modifiers & 1).isEqualTo(1);
        assertThat(capital.isText).isTrue();
    }

    @Test
    void withControlALetterIsNamedNotTyped() {
        DeviceEvent copy = KeyWatch.deviceEvent(key(KeyEvent.KEY_PRESSED, KeyCode.C, "c", false, true)).orElseThrow();

        assertThat(copy.modifiers & (1 << 2)).isNotZero();
        assertThat(copy.text).isEqualTo("c");
        assertThat(copy.keysym).isEqualTo('c');
    }

    @Test
    void keysX11HasNoCodeForHereAreNotPassedOn() {
        assertThat(KeyWatch.deviceEvent(key(KeyEvent.KEY_PRESSED, KeyCode.PLAY, "", false, false))).isEmpty();
    }

    @Test
    void arrowsAndDigitsHaveTheirEvdevCodes() {
        assertThat(XKeys.of(KeyCode.RIGHT, false).orElseThrow().keycode()).isEqualTo(114);
        assertThat(XKeys.of(KeyCode.DIGIT0, false).orElseThrow().keycode()).isEqualTo(19);
        assertThat(XKeys.of(KeyCode.DIGIT1, false).orElseThrow().keycode()).isEqualTo(10);
        assertThat(XKeys.of(KeyCode.NUMPAD5, false).orElseThrow().name()).isEqualTo("KP_5");
        assertThat(XKeys.of(KeyCode.F12, false).orElseThrow().keysym()).isEqualTo(0xffc9);
    }
}
