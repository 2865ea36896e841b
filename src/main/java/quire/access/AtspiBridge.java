package quire.access;

import java.io.IOException;
import javafx.application.Platform;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;

/**
 * The bridge while it is on: a connection to the accessibility bus (whose address {@link StatusProbe}
 * asked of {@code org.a11y.Bus} on the session bus), the application's objects exported there, the application
 * embedded in the registry's desktop, the events followed, and keys offered to the screen reader first. Closing it takes the application off
 * the desktop (the registry notices the connection go).
 */
final class AtspiBridge implements AutoCloseable {
    private static final String REGISTRY = "org.a11y.atspi.Registry";
    private static final String DEVICE_EVENTS = "/org/a11y/atspi/registry/deviceeventcontroller";

    private final DBusConnection bus;
    private final Signals signals;
    private final KeyWatch keys;
    private final Listening listening;

    private AtspiBridge(DBusConnection bus, Signals signals, KeyWatch keys, Listening listening) {
        this.bus = bus;
        this.signals = signals;
        this.keys = keys;
        this.listening = listening;
    }

    /** Connects to the accessibility bus at {@code address} and embeds; blocks, so never on the UI thread. */
    static AtspiBridge open(String address, String appName) throws DBusException, IOException {
        DBusConnection bus = DBusConnectionBuilder.forAddress(address).withShared(false).build();
        try {
            Signals signals = new Signals(bus);
            Listening listening = new Listening();
            ChildWatch children = new ChildWatch(listening);
            NodeWatch nodes = new NodeWatch(listening);
            AccessTree tree = new AccessTree(bus, appName, new FxNodeSource(children::watch), nodes::watch);
            children.attach(tree, signals);
            nodes.attach(signals);
            AtspiSocket registry = bus.getRemoteObject(REGISTRY, AppObject.PATH, AtspiSocket.class);
            tree.embeddedIn(registry.Embed(tree.applicationRef()));
            KeyWatch keys = new KeyWatch(bus.getRemoteObject(REGISTRY, DEVICE_EVENTS, AtspiDeviceEvents.class),
                    listening);
            Platform.runLater(() -> {
                new FocusWatch(tree, signals, listening).start();
                keys.start();
            });
            return new AtspiBridge(bus, signals, keys, listening);
        } catch (DBusException | RuntimeException failed) {
            bus.close();
            throw failed;
        }
    }

    /** Takes the bridge off: its listeners off every window and node (on the UI thread), then the bus. */
    @Override
    public void close() {
        signals.close();
        keys.close();
        // Queued after the UI work this bridge asked for; a bridge opened next queues its own after it.
        Platform.runLater(listening::detachAll);
        try {
            bus.close();
        } catch (IOException alreadyGone) {
            // Closing at exit: nothing is left to tell.
        }
    }
}
