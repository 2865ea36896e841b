package quire.access;

import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;

/**
 * Tells clients where the focus is: a window becoming active ({@code window:activate}), and the object
 * with the focus ({@code object:state-changed:focused} and the legacy focus event). The focus is the
 * scene's focus owner, or the item a list says has the focus within it, which can move while the list
 * keeps the focus; so it is looked at again after each key and click. Its listeners go on through the
 * bridge's {@link Listening}. UI thread.
 */
final class FocusWatch {
    private final AccessTree tree;
    private final Signals signals;
    private final Map<Window, Boolean> watched = new WeakHashMap<>();
    private final Listening listening;
    private String focusedPath;

    FocusWatch(AccessTree tree, Signals signals, Listening listening) {
        this.tree = tree;
        this.signals = signals;
        this.listening = listening;
    }

    void start() {
        Window.getWindows().forEach(this::watch);
        listening.add(Window.getWindows(), (ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::watch);
            }
        }, ObservableList::addListener, ObservableList::removeListener);
        Window.getWindows().stream().filter(Window::isFocused).findFirst().ifPresent(this::activated);
    }

    private void watch(Window window) {
        if (watched.put(window, Boolean.TRUE) != null) {
            return;
        }
        listening.add(window.focusedProperty(), (ChangeListener<Boolean>) (o, was, now) -> {
            if (now) {
                activated(window);
            } else {
                tree.pathIfKnown(window).ifPresent(path -> signals.windowActive(path, false));
            }
        }, ObservableValue::addListener, ObservableValue::removeListener);
        Scene scene = window.getScene();
        if (scene != null) {
            listening.add(scene.focusOwnerProperty(), (ChangeListener<Node>) (o, was, now) -> focusMoved(now),
                    ObservableValue::addListener, ObservableValue::removeListener);
            EventHandler<Event> again = this::lookAgain;
            listening.add(scene, again, (s, h) -> s.addEventFilter(KeyEvent.KEY_RELEASED, h),
                    (s, h) -> s.removeEventFilter(KeyEvent.KEY_RELEASED, h));
            listening.add(scene, again, (s, h) -> s.addEventFilter(MouseEvent.MOUSE_RELEASED, h),
                    (s, h) -> s.removeEventFilter(MouseEvent.MOUSE_RELEASED, h));
        }
    }

    private void activated(Window window) {
        if (tree.windows().contains(window)) {
            signals.windowActive(tree.ref(window).path.getPath(), true);
            focusedPath = null;
            focusMoved(window.getScene() == null ? null : window.getScene().getFocusOwner());
        }
    }

    private void lookAgain(Event event) {
        Window window = Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
        if (window != null && window.getScene() != null) {
            focusMoved(window.getScene().getFocusOwner());
        }
    }

    private void focusMoved(Node owner) {
        Optional<Node> target = owner == null ? Optional.empty() : target(owner);
        String path = target.map(node -> tree.ref(node).path.getPath()).orElse(null);
        if (path == null) {
            // The focus is on nothing a reader can be told of: no object says it has it.
            if (focusedPath != null) {
                signals.stateChanged(focusedPath, "focused", false);
            }
            focusedPath = null;
            tree.focusMovedTo(null);
            return;
        }
        if (path.equals(focusedPath)) {
            return;
        }
        tree.focusMovedTo(target.get());
        if (focusedPath != null) {
            signals.stateChanged(focusedPath, "focused", false);
        }
        focusedPath = path;
        signals.focus(path);
    }

    /**
     * The object a reader is on: a list's focused item; the focus owner itself if it is an object; if
     * it is a layout node with a text area (a document) inside and no control that could take the focus
     * instead, that text area, which is what a view that takes the keys for its content shows; else the
     * nearest object above it.
     */
    private Optional<Node> target(Node owner) {
        Object item = FxNodeSource.attribute(owner, AccessibleAttribute.FOCUS_ITEM);
        if (item instanceof Node && tree.exposed().isExposed((Node) item)) {
            return Optional.of((Node) item);
        }
        if (!tree.exposed().isExposed(owner)) {
            Optional<Node> document = tree.exposed().firstDescendant(owner,
                    node -> tree.reader().role(node) == AtspiRole.TEXT);
            Optional<Node> control = tree.exposed().firstDescendant(owner, Node::isFocusTraversable);
            if (document.isPresent() && control.isEmpty()) {
                return document;
            }
        }
        return tree.exposed().exposedSelfOrAncestor(owner);
    }
}
