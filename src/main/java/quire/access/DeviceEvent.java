package quire.access;

import org.freedesktop.dbus.Struct;
import org.freedesktop.dbus.annotations.Position;
import org.freedesktop.dbus.types.UInt32;

/**
 * A key event as the registry passes it to screen readers, {@code (uinnisb)}: pressed (0) or released
 * (1), X keysym, hardware key code, modifier mask, time, the key's text or name, whether it is text.
 */
public final class DeviceEvent extends Struct {
    static final int PRESSED = 0;
    static final int RELEASED = 1;

    @Position(0)
    public final UInt32 type;
    @Position(1)
    public final int keysym;
    @Position(2)
    public final short keycode;
    @Position(3)
    public final short modifiers;
    @Position(4)
    public final int timestamp;
    @Position(5)
    public final String text;
    @Position(6)
    public final boolean isText;

    public DeviceEvent(UInt32 type, int keysym, short keycode, short modifiers, int timestamp, String text,
            boolean isText) {
        this.type = type;
        this.keysym = keysym;
        this.keycode = keycode;
        this.modifiers = modifiers;
        this.timestamp = timestamp;
        this.text = text;
        this.isText = isText;
    }
}
