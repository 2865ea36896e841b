package quire.access;

import java.util.Map;
import java.util.WeakHashMap;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

/**
 * Follows the text of each node given an object: a change of its accessible text (or of a label's,
 * a text field's or a text node's own text) is sent as the old text deleted and the new inserted, and
 * as a new name where the text names it; a text field's caret as caret moves; a list's selection as
 * selection changed. Its listeners go on through the bridge's {@link Listening}. UI thread.
 */
final class NodeWatch {
    private final Map<Node, String> lastText = new WeakHashMap<>();
    private final NodeReader reader = new NodeReader();
    private final Listening listening;
    private Signals signals;

    NodeWatch(Listening listening) {
        this.listening = listening;
    }

    void attach(Signals signals) {
        this.signals = signals;
    }

    void watch(Node node, String path) {
        if (lastText.containsKey(node)) {
            return; // already followed: an object made again for the same node adds no second listener
        }
        lastText.put(node, reader.text(node));
        follow(node.accessibleTextProperty(), node, path);
        Object label = FxNodeSource.attribute(node, javafx.scene.AccessibleAttribute.LABELED_BY);
        if (label instanceof Labeled) {
            // A label that names this node (Label.setLabelFor): its new words are this node's new name.
            listen(((Labeled) label).textProperty(), (o, was, now) -> {
                if (signals != null) {
                    signals.nameChanged(path, reader.name(node));
                }
            });
        }
        if (node instanceof Labeled) {
            follow(((Labeled) node).textProperty(), node, path);
        } else if (node instanceof Text) {
            follow(((Text) node).textProperty(), node, path);
        } else if (node instanceof TextInputControl) {
            TextInputControl field = (TextInputControl) node;
            follow(field.textProperty(), node, path);
            listen(field.caretPositionProperty(), (o, was, now) -> {
                if (signals != null) {
                    signals.caretMoved(path, now.intValue());
                }
            });
        } else if (node instanceof ListView<?> && ((ListView<?>) node).getSelectionModel() != null) {
            ObservableList<Integer> selected = ((ListView<?>) node).getSelectionModel().getSelectedIndices();
            listening.add(selected, (ListChangeListener<Integer>) change -> {
                if (signals != null) {
                    signals.selectionChanged(path);
                }
            }, ObservableList::addListener, ObservableList::removeListener);
        }
    }

    private <T> void listen(ObservableValue<T> value, ChangeListener<T> listener) {
        listening.add(value, listener, ObservableValue::addListener, ObservableValue::removeListener);
    }

    private void follow(ObservableValue<String> text, Node node, String path) {
        listen(text, (o, was, now) -> textChanged(node, path));
    }

    private void textChanged(Node node, String path) {
        String before = lastText.getOrDefault(node, "");
        String after = reader.text(node);
        if (signals == null || before.equals(after)) {
            return;
        }
        lastText.put(node, after);
        if (!before.isEmpty()) {
            signals.textChanged(path, false, 0, before);
        }
        if (!after.isEmpty()) {
            signals.textChanged(path, true, 0, after);
        }
        AtspiRole role = reader.role(node);
        if (!AccessibleName.holdsText(role)) {
            signals.nameChanged(path, reader.name(node));
        } else {
            signals.caretMoved(path, Math.min(new NodeText(node, reader).caret(), after.length()));
        }
    }
}
