package quire.access;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;

/**
 * {@code org.a11y.atspi.Selection}: which of a list's children are selected, and choosing them. Child
 * indexes count the object's children; selected-child indexes count its selected children. The number
 * selected is the property NSelectedChildren, served through Properties.
 */
@DBusInterfaceName("org.a11y.atspi.Selection")
public interface AtspiSelection extends DBusInterface {
    ObjectRef GetSelectedChild(int selectedChildIndex);

    boolean SelectChild(int childIndex);

    boolean DeselectSelectedChild(int selectedChildIndex);

    boolean IsChildSelected(int childIndex);

    boolean SelectAll();

    boolean ClearSelection();

    boolean DeselectChild(int childIndex);
}
