package quire.access;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.Struct;
import org.freedesktop.dbus.annotations.Position;

/** AT-SPI's reference to an object, {@code (so)}: the bus name of its application and its path. */
public final class ObjectRef extends Struct {
    /** The path AT-SPI uses for "no object". */
    static final String NULL_PATH = "/org/a11y/atspi/null";

    @Position(0)
    public final String bus;
    @Position(1)
    public final DBusPath path;

    public ObjectRef(String bus, DBusPath path) {
        this.bus = bus;
        this.path = path;
    }

    static ObjectRef of(String bus, String path) {
        return new ObjectRef(bus, new DBusPath(path));
    }

    static ObjectRef none(String bus) {
        return of(bus, NULL_PATH);
    }
}
