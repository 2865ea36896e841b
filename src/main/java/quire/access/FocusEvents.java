package quire.access;

import java.util.Map;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.Variant;

/** The legacy focus event, {@code org.a11y.atspi.Event.Focus}, still sent beside state-changed:focused. */
@DBusInterfaceName("org.a11y.atspi.Event.Focus")
public interface FocusEvents extends DBusInterface {
    final class Focus extends DBusSignal {
        public Focus(String path, String detail, int detail1, int detail2, Variant<?> value,
                Map<String, Variant<?>> properties) throws DBusException {
            super(path, detail, detail1, detail2, value, properties);
        }
    }
}
