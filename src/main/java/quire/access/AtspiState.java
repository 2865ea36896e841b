package quire.access;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.freedesktop.dbus.types.UInt32;

/**
 * The AT-SPI2 states (their bit numbers in {@code AtspiStateType}) the bridge reports, and the two
 * 32-bit words {@code GetState} answers with.
 */
enum AtspiState {
    ACTIVE(1),
    CHECKED(4),
    EDITABLE(7),
    ENABLED(8),
    EXPANDABLE(9),
    EXPANDED(10),
    FOCUSABLE(11),
    FOCUSED(12),
    MULTI_LINE(17),
    SELECTABLE(22),
    SELECTED(23),
    SENSITIVE(24),
    SHOWING(25),
    SINGLE_LINE(26),
    VISIBLE(30),
    INDETERMINATE(32),
    SELECTABLE_TEXT(38),
    CHECKABLE(41),
    READ_ONLY(43);

    private final int bit;

    AtspiState(int bit) {
        this.bit = bit;
    }

    int bit() {
        return bit;
    }

    /** The set as AT-SPI's bit field: the low word first. */
    static long bits(Set<AtspiState> states) {
        long bits = 0;
        for (AtspiState state : states) {
            bits |= 1L << state.bit;
        }
        return bits;
    }

    static List<UInt32> words(Set<AtspiState> states) {
        long bits = bits(states);
        return List.of(new UInt32(bits & 0xFFFFFFFFL), new UInt32(bits >>> 32));
    }

    static Set<AtspiState> none() {
        return EnumSet.noneOf(AtspiState.class);
    }
}
