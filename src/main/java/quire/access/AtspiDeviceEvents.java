package quire.access;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;

/** {@code org.a11y.atspi.DeviceEventController} on the registry: keys offered to screen readers first. */
@DBusInterfaceName("org.a11y.atspi.DeviceEventController")
public interface AtspiDeviceEvents extends DBusInterface {
    /** True when a screen reader took the key (an Orca command), so the application must not. */
    boolean NotifyListenersSync(DeviceEvent event);
}
