package quire.access;

import java.util.Map;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.Variant;

/**
 * The object events screen readers follow ({@code org.a11y.atspi.Event.Object}), all of one shape
 * {@code (siiva{sv})}: a detail ("focused", "add", "insert", "accessible-name"), two numbers, a value.
 */
@DBusInterfaceName("org.a11y.atspi.Event.Object")
public interface ObjectEvents extends DBusInterface {
    final class StateChanged extends DBusSignal {
        public StateChanged(String path, String detail, int detail1, int detail2, Variant<?> value,
                Map<String, Variant<?>> properties) throws DBusException {
            super(path, detail, detail1, detail2, value, properties);
        }
    }

    final class ChildrenChanged extends DBusSignal {
        public ChildrenChanged(String path, String detail, int detail1, int detail2, Variant<?> value,
                Map<String, Variant<?>> properties) throws DBusException {
            super(path, detail, detail1, detail2, value, properties);
        }
    }

    final class TextChanged extends DBusSignal {
        public TextChanged(String path, String detail, int detail1, int detail2, Variant<?> value,
                Map<String, Variant<?>> properties) throws DBusException {
            super(path, detail, detail1, detail2, value, properties);
        }
    }

    final class TextCaretMoved extends DBusSignal {
        public TextCaretMoved(String path, String detail, int detail1, int detail2, Variant<?> value,
                Map<String, Variant<?>> properties) throws DBusException {
            super(path, detail, detail1, detail2, value, properties);
        }
    }

    final class SelectionChanged extends DBusSignal {
        public SelectionChanged(String path, String detail, int detail1, int detail2, Variant<?> value,
                Map<String, Variant<?>> properties) throws DBusException {
            super(path, detail, detail1, detail2, value, properties);
        }
    }

    final class PropertyChange extends DBusSignal {
        public PropertyChange(String path, String detail, int detail1, int detail2, Variant<?> value,
                Map<String, Variant<?>> properties) throws DBusException {
            super(path, detail, detail1, detail2, value, properties);
        }
    }
}
