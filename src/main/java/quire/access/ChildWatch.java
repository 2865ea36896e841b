package quire.access;

import java.util.Map;
import java.util.WeakHashMap;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Tells clients when an object's children change ({@code object:children-changed}): it follows the
 * child list of every parent whose children a client has read, and reports each exposed child that
 * came or went under the nearest exposed object (or window) above that parent. Its listeners go on
 * through the bridge's {@link Listening}. UI thread.
 */
final class ChildWatch {
    private final Map<Parent, Boolean> watched = new WeakHashMap<>();
    private final Listening listening;
    private AccessTree tree;
    private Signals signals;

    ChildWatch(Listening listening) {
        this.listening = listening;
    }

    void attach(AccessTree tree, Signals signals) {
        this.tree = tree;
        this.signals = signals;
    }

    void watch(Parent parent) {
        if (watched.put(parent, Boolean.TRUE) == null) {
            listening.add(parent.getChildrenUnmodifiable(),
                    (ListChangeListener<Node>) change -> changed(parent, change),
                    javafx.collections.ObservableList::addListener, javafx.collections.ObservableList::removeListener);
        }
    }

    private void changed(Parent parent, ListChangeListener.Change<? extends Node> change) {
        if (tree == null) {
            return;
        }
        ExposedTree<Node> exposed = tree.exposed();
        java.util.Optional<Node> owner = exposed.exposedSelfOrAncestor(parent);
        java.util.Optional<String> ownerPath = owner.isPresent() ? tree.pathIfKnown(owner.get())
                : parent.getScene() == null || parent.getScene().getWindow() == null ? java.util.Optional.empty()
                : tree.pathIfKnown(parent.getScene().getWindow());
        if (ownerPath.isEmpty()) {
            return; // No client has seen the object above: it has nothing to update.
        }
        while (change.next()) {
            for (Node gone : change.getRemoved()) {
                tree.pathIfKnown(gone).ifPresent(path -> signals.childrenChanged(ownerPath.get(), false, -1,
                        tree.ref(gone)));
            }
            for (Node came : change.getAddedSubList()) {
                for (Node child : exposed.isExposed(came) ? java.util.List.of(came) : exposed.children(came)) {
                    signals.childrenChanged(ownerPath.get(), true, -1, tree.ref(child));
                }
            }
        }
    }
}
