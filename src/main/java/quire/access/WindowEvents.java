package quire.access;

import java.util.Map;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.Variant;

/** Window events, {@code org.a11y.atspi.Event.Window}: a window becoming active or no longer. */
@DBusInterfaceName("org.a11y.atspi.Event.Window")
public interface WindowEvents extends DBusInterface {
    final class Activate extends DBusSignal {
        public Activate(String path, String detail, int detail1, int detail2, Variant<?> value,
                Map<String, Variant<?>> properties) throws DBusException {
            super(path, detail, detail1, detail2, value, properties);
        }
    }

    final class Deactivate extends DBusSignal {
        public Deactivate(String path, String detail, int detail1, int detail2, Variant<?> value,
                Map<String, Variant<?>> properties) throws DBusException {
            super(path, detail, detail1, detail2, value, properties);
        }
    }
}
