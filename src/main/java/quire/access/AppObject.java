package quire.access;

import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * The application's root object, which the registry embeds in the desktop: named as the application
 * asks (not "java"), its children are the windows shown.
 */
final class AppObject extends AccessibleObject implements AtspiApplication {
    static final String PATH = "/org/a11y/atspi/accessible/root";

    private final String name;
    private volatile int id;

    AppObject(AccessTree tree, String name) {
        super(tree, PATH);
        this.name = name;
    }

    @Override
    Map<String, Variant<?>> properties(String iface) {
        if (ACCESSIBLE.equals(iface)) {
            return accessibleProperties(name, "", tree.desktopRef(), GetChildren().size());
        }
        if (APPLICATION.equals(iface)) {
            return Map.of("ToolkitName", new Variant<>("JavaFX"),
                    "Version", new Variant<>(System.getProperty("javafx.runtime.version", "")),
                    "AtspiVersion", new Variant<>("2.1"), "Id", new Variant<>(id));
        }
        return Map.of();
    }

    @Override
    boolean set(String iface, String property, Object value) {
        if (APPLICATION.equals(iface) && "Id".equals(property) && value instanceof Number) {
            id = ((Number) value).intValue();
            return true;
        }
        return false;
    }

    @Override
    public List<ObjectRef> GetChildren() {
        return FxThread.ask(() -> tree.windows().stream().map(tree::ref).toList(), List.of());
    }

    @Override
    public int GetIndexInParent() {
        return -1;
    }

    @Override
    public UInt32 GetRole() {
        return role(AtspiRole.APPLICATION);
    }

    @Override
    public String GetRoleName() {
        return AtspiRole.APPLICATION.roleName();
    }

    @Override
    public List<UInt32> GetState() {
        return words(AtspiState.none());
    }

    @Override
    public List<String> GetInterfaces() {
        return List.of(ACCESSIBLE, APPLICATION);
    }

    @Override
    public String GetLocale(UInt32 category) {
        return AccessTree.locale();
    }

    @Override
    public String GetApplicationBusAddress() {
        return "";
    }
}
