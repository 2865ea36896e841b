package quire.access;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt32;

/** {@code org.a11y.atspi.Component}: where an object is on screen, and focusing it. */
@DBusInterfaceName("org.a11y.atspi.Component")
public interface AtspiComponent extends DBusInterface {
    boolean Contains(int x, int y, UInt32 coordType);

    ObjectRef GetAccessibleAtPoint(int x, int y, UInt32 coordType);

    Extents GetExtents(UInt32 coordType);

    TwoValues<Integer, Integer> GetPosition(UInt32 coordType);

    TwoValues<Integer, Integer> GetSize();

    UInt32 GetLayer();

    short GetMDIZOrder();

    boolean GrabFocus();

    double GetAlpha();
}
