package quire.access;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;

/**
 * {@code org.a11y.atspi.Value}: a number in a range (a slider). It has properties only: MinimumValue,
 * MaximumValue, MinimumIncrement, CurrentValue (writable) and Text, served through Properties.
 */
@DBusInterfaceName("org.a11y.atspi.Value")
public interface AtspiValue extends DBusInterface {
}
