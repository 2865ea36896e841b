package quire.access;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;

/**
 * The application's objects on the accessibility bus: the root, one per shown window and one per
 * exposed node, each exported the first time a client is told of it, at a path that stays its own
 * ({@link ObjectPaths}). Objects whose node was collected are unexported now and then.
 */
final class AccessTree {
    private static final int SWEEP_EVERY = 256;

    private final DBusConnection bus;
    private final ObjectPaths<Object> paths = new ObjectPaths<>();
    private final Map<String, AccessibleObject> exported = new HashMap<>();
    private final NodeReader reader = new NodeReader();
    private final ExposedTree<Node> exposed;
    private final AppObject app;
    private final BiConsumer<Node, String> onNewNode;
    private volatile ObjectRef desktop;
    private java.lang.ref.WeakReference<Node> focusTarget = new java.lang.ref.WeakReference<>(null);
    private int sinceSweep;

    /** {@code onNewNode}: told of each node given an object, with its path (to watch its changes). */
    AccessTree(DBusConnection bus, String appName, FxNodeSource source, BiConsumer<Node, String> onNewNode)
            throws DBusException {
        this.bus = bus;
        this.exposed = new ExposedTree<>(source);
        this.onNewNode = onNewNode;
        this.desktop = ObjectRef.none(bus.getUniqueName());
        this.app = new AppObject(this, appName);
        bus.exportObject(AppObject.PATH, app);
    }

    static String locale() {
        return Locale.getDefault().toString();
    }

    void embeddedIn(ObjectRef desktop) {
        this.desktop = desktop;
    }

    ObjectRef desktopRef() {
        return desktop;
    }

    ObjectRef applicationRef() {
        return ObjectRef.of(bus.getUniqueName(), AppObject.PATH);
    }

    ObjectRef none() {
        return ObjectRef.none(bus.getUniqueName());
    }

    NodeReader reader() {
        return reader;
    }

    ExposedTree<Node> exposed() {
        return exposed;
    }

    /** The node the focus is reported on, which may stand for a layout node that has it. UI thread. */
    void focusMovedTo(Node target) {
        focusTarget = new java.lang.ref.WeakReference<>(target);
    }

    boolean isFocusTarget(Node node) {
        return focusTarget.get() == node;
    }

    /** The windows a reader can see. UI thread. */
    List<Window> windows() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing()).toList();
    }

    /** The reference to a node's or window's object, exporting it if this is its first mention. */
    synchronized ObjectRef ref(Object target) {
        String path = paths.pathOf(target);
        if (!exported.containsKey(path)) {
            AccessibleObject object = target instanceof Window ? new WindowObject(this, path, (Window) target)
                    : new NodeObject(this, path, (Node) target);
            try {
                bus.exportObject(path, object);
            } catch (DBusException refused) {
                return none();
            }
            exported.put(path, object);
            if (target instanceof Node) {
                onNewNode.accept((Node) target, path);
            }
            if (++sinceSweep >= SWEEP_EVERY) {
                sweep();
            }
        }
        return ObjectRef.of(bus.getUniqueName(), path);
    }

    /** The path of the object already made for {@code target}, if one was. */
    synchronized Optional<String> pathIfKnown(Object target) {
        String path = paths.pathOf(target);
        return exported.containsKey(path) ? Optional.of(path) : Optional.empty();
    }

    /** A node's parent object: its nearest exposed ancestor, or its window. UI thread. */
    ObjectRef parentRef(Node node) {
        Optional<Node> parent = exposed.parent(node);
        if (parent.isPresent()) {
            return ref(parent.get());
        }
        Window window = node.getScene() == null ? null : node.getScene().getWindow();
        return window == null ? none() : ref(window);
    }

    /** Where a node stands among its parent object's children. UI thread. */
    int indexInParent(Node node) {
        Optional<Node> parent = exposed.parent(node);
        if (parent.isPresent()) {
            return exposed.indexIn(parent.get(), node);
        }
        Window window = node.getScene() == null ? null : node.getScene().getWindow();
        return window == null ? -1 : windowChildren(window).indexOf(node);
    }

    List<Node> windowChildren(Window window) {
        ref(window);
        AccessibleObject object = exported.get(paths.pathOf(window));
        return object instanceof WindowObject ? ((WindowObject) object).children() : List.of();
    }

    private void sweep() {
        sinceSweep = 0;
        for (String gone : paths.sweep()) {
            exported.remove(gone);
            bus.unExportObject(gone);
        }
    }
}
