package quire.access;

import java.util.List;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;

/** {@code org.a11y.atspi.Action}: what can be done to an object (press a button, toggle a box). */
@DBusInterfaceName("org.a11y.atspi.Action")
public interface AtspiAction extends DBusInterface {
    String GetDescription(int index);

    String GetName(int index);

    String GetLocalizedName(int index);

    String GetKeyBinding(int index);

    List<ActionInfo> GetActions();

    boolean DoAction(int index);
}
