package quire.access;

import java.util.Map;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.Variant;

/**
 * Whether an assistive technology wants applications on the accessibility bus: {@code org.a11y.Status}
 * {@code IsEnabled} or {@code ScreenReaderEnabled} on the session bus, as GTK and Qt read it. Turns the
 * bridge on when either is set and off when both are cleared, following their changes.
 */
final class StatusWatch implements AutoCloseable {
    private static final String STATUS = "org.a11y.Status";
    private static final String BUS_PATH = "/org/a11y/bus";

    private final DBusConnection session;
    private final String appName;
    private AtspiBridge bridge;

    private StatusWatch(DBusConnection session, String appName) {
        this.session = session;
        this.appName = appName;
    }

    static StatusWatch start(String appName) throws DBusException {
        DBusConnection session = DBusConnectionBuilder.forSessionBus().withShared(false).build();
        StatusWatch watch = new StatusWatch(session, appName);
        session.addSigHandler(Properties.PropertiesChanged.class, signal -> {
            if (BUS_PATH.equals(signal.getPath()) && STATUS.equals(signal.getInterfaceName())) {
                watch.follow(watch.enabled());
            }
        });
        watch.follow(watch.enabled());
        return watch;
    }

    private boolean enabled() {
        try {
            Properties status = session.getRemoteObject("org.a11y.Bus", BUS_PATH, Properties.class);
            Map<String, Variant<?>> all = status.GetAll(STATUS);
            return isSet(all.get("IsEnabled")) || isSet(all.get("ScreenReaderEnabled"));
        } catch (DBusException | RuntimeException noAccessibilityBus) {
            return false;
        }
    }

    private static boolean isSet(Variant<?> flag) {
        return flag != null && Boolean.TRUE.equals(flag.getValue());
    }

    private synchronized void follow(boolean enabled) {
        if (enabled && bridge == null) {
            try {
                bridge = AtspiBridge.open(session, appName);
            } catch (DBusException | java.io.IOException | RuntimeException unavailable) {
                System.err.println("quire: the screen-reader bridge could not start: " + unavailable.getMessage());
            }
        } else if (!enabled && bridge != null) {
            bridge.close();
            bridge = null;
        }
    }

    @Override
    public synchronized void close() {
        follow(false);
        try {
            session.close();
        } catch (java.io.IOException alreadyGone) {
            // At exit.
        }
    }
}
