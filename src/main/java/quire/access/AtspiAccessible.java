package quire.access;

import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt32;

/** {@code org.a11y.atspi.Accessible}: every object has it. Its properties are read through Properties. */
@DBusInterfaceName("org.a11y.atspi.Accessible")
public interface AtspiAccessible extends DBusInterface {
    ObjectRef GetChildAtIndex(int index);

    List<ObjectRef> GetChildren();

    int GetIndexInParent();

    List<Relation> GetRelationSet();

    UInt32 GetRole();

    String GetRoleName();

    String GetLocalizedRoleName();

    List<UInt32> GetState();

    Map<String, String> GetAttributes();

    ObjectRef GetApplication();

    List<String> GetInterfaces();
}
