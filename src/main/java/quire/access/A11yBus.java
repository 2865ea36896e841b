package quire.access;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;

/** {@code org.a11y.Bus} on the session bus: where the accessibility bus is. */
@DBusInterfaceName("org.a11y.Bus")
public interface A11yBus extends DBusInterface {
    String GetAddress();
}
