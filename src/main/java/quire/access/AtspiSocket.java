package quire.access;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;

/** {@code org.a11y.atspi.Socket} on the registry: an application joins the desktop with {@code Embed}. */
@DBusInterfaceName("org.a11y.atspi.Socket")
public interface AtspiSocket extends DBusInterface {
    ObjectRef Embed(ObjectRef plug);

    void Unembed(ObjectRef plug);
}
