package quire.access;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt32;

/** {@code org.a11y.atspi.Application}, on the application's root object only. */
@DBusInterfaceName("org.a11y.atspi.Application")
public interface AtspiApplication extends DBusInterface {
    String GetLocale(UInt32 category);

    String GetApplicationBusAddress();
}
