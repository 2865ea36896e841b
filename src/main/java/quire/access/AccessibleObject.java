package quire.access;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * What the application, its windows and its nodes share as exported D-Bus objects: a path, the
 * Accessible interface's defaults, and properties served from one map per interface.
 */
abstract class AccessibleObject implements AtspiAccessible, Properties {
    static final String ACCESSIBLE = "org.a11y.atspi.Accessible";
    static final String APPLICATION = "org.a11y.atspi.Application";
    static final String COMPONENT = "org.a11y.atspi.Component";
    static final String ACTION = "org.a11y.atspi.Action";
    static final String TEXT = "org.a11y.atspi.Text";
    static final String VALUE = "org.a11y.atspi.Value";
    static final String SELECTION = "org.a11y.atspi.Selection";

    final AccessTree tree;
    private final String path;

    AccessibleObject(AccessTree tree, String path) {
        this.tree = tree;
        this.path = path;
    }

    /** The properties of one of this object's interfaces; empty for one it does not have. */
    abstract Map<String, Variant<?>> properties(String iface);

    /** Sets a writable property; false if it is not one. */
    boolean set(String iface, String property, Object value) {
        return false;
    }

    @Override
    public String getObjectPath() {
        return path;
    }

    @Override
    public boolean isRemote() {
        return false;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <A> A Get(String iface, String property) {
        Variant<?> value = properties(iface).get(property);
        if (value == null) {
            throw new DBusExecutionException("No property " + property + " on " + iface);
        }
        return (A) value;
    }

    @Override
    public <A> void Set(String iface, String property, A value) {
        Object plain = value instanceof Variant<?> ? ((Variant<?>) value).getValue() : value;
        if (!set(iface, property, plain)) {
            throw new DBusExecutionException("Property " + property + " on " + iface + " is read-only");
        }
    }

    @Override
    public Map<String, Variant<?>> GetAll(String iface) {
        return properties(iface);
    }

    /** The Accessible interface's properties, from this object's answers. */
    Map<String, Variant<?>> accessibleProperties(String name, String description, ObjectRef parent, int childCount) {
        return Map.of("Name", new Variant<>(name), "Description", new Variant<>(description),
                "Parent", new Variant<>(parent, "(so)"), "ChildCount", new Variant<>(childCount),
                "Locale", new Variant<>(AccessTree.locale()), "AccessibleId", new Variant<>(""),
                "HelpText", new Variant<>(description));
    }

    @Override
    public ObjectRef GetChildAtIndex(int index) {
        List<ObjectRef> children = GetChildren();
        return index >= 0 && index < children.size() ? children.get(index) : tree.none();
    }

    @Override
    public List<Relation> GetRelationSet() {
        return List.of();
    }

    @Override
    public String GetLocalizedRoleName() {
        return GetRoleName();
    }

    @Override
    public Map<String, String> GetAttributes() {
        return Map.of("toolkit", "JavaFX");
    }

    @Override
    public ObjectRef GetApplication() {
        return tree.applicationRef();
    }

    static UInt32 role(AtspiRole role) {
        return new UInt32(role.number());
    }

    static List<UInt32> words(Set<AtspiState> states) {
        return AtspiState.words(states);
    }
}
