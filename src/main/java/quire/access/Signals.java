package quire.access;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.freedesktop.dbus.connections.AbstractConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.Variant;

/**
 * Sends the events screen readers follow, in order, from a thread of its own: the UI thread that
 * notices a change never waits on the bus.
 */
final class Signals implements AutoCloseable {
    private interface Make {
        DBusSignal make() throws DBusException;
    }

    private static final Map<String, Variant<?>> NO_PROPERTIES = Map.of();
    private static final Variant<?> NOTHING = new Variant<>(0);

    private final AbstractConnection bus;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(run -> {
        Thread thread = new Thread(run, "quire-access-events");
        thread.setDaemon(true);
        return thread;
    });

    Signals(AbstractConnection bus) {
        this.bus = bus;
    }

    private void send(Make signal) {
        if (sender.isShutdown()) {
            return;
        }
        sender.execute(() -> {
            try {
                bus.sendMessage(signal.make());
            } catch (DBusException | RuntimeException notSent) {
                // A closed bus at exit, or an object gone meanwhile: the event no longer matters.
            }
        });
    }

    void stateChanged(String path, String state, boolean on) {
        send(() -> new ObjectEvents.StateChanged(path, state, on ? 1 : 0, 0, NOTHING, NO_PROPERTIES));
    }

    void focus(String path) {
        stateChanged(path, "focused", true);
        send(() -> new FocusEvents.Focus(path, "", 0, 0, NOTHING, NO_PROPERTIES));
    }

    void childrenChanged(String path, boolean added, int index, ObjectRef child) {
        send(() -> new ObjectEvents.ChildrenChanged(path, added ? "add" : "remove", index, 0,
                new Variant<>(child, "(so)"), NO_PROPERTIES));
    }

    void textChanged(String path, boolean inserted, int start, String text) {
        send(() -> new ObjectEvents.TextChanged(path, inserted ? "insert" : "delete", start, text.length(),
                new Variant<>(text), NO_PROPERTIES));
    }

    void caretMoved(String path, int offset) {
        send(() -> new ObjectEvents.TextCaretMoved(path, "", offset, 0, NOTHING, NO_PROPERTIES));
    }

    void nameChanged(String path, String name) {
        send(() -> new ObjectEvents.PropertyChange(path, "accessible-name", 0, 0, new Variant<>(name),
                NO_PROPERTIES));
    }

    void selectionChanged(String path) {
        send(() -> new ObjectEvents.SelectionChanged(path, "", 0, 0, NOTHING, NO_PROPERTIES));
    }

    void windowActive(String path, boolean active) {
        stateChanged(path, "active", active);
        if (active) {
            send(() -> new WindowEvents.Activate(path, "", 0, 0, NOTHING, NO_PROPERTIES));
        } else {
            send(() -> new WindowEvents.Deactivate(path, "", 0, 0, NOTHING, NO_PROPERTIES));
        }
    }

    @Override
    public void close() {
        sender.shutdown();
    }
}
