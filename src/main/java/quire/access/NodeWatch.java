package quire.access;

import java.util.Map;
import java.util.WeakHashMap;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

/**
 * Follows the text of each node given an object: a change of its accessible text (or of a label's,
 * a text field's or a text node's own text) is sent as the old text deleted and the new inserted, and
 * as a new name where the text names it; a text field's caret as caret moves. UI thread.
 */
final class NodeWatch {
    private final Map<Node, String> lastText = new WeakHashMap<>();
    private final NodeReader reader = new NodeReader();
    private Signals signals;

    void attach(Signals signals) {
        this.signals = signals;
    }

    void watch(Node node, String path) {
        lastText.put(node, reader.text(node));
        follow(node.accessibleTextProperty(), node, path);
        Object label = FxNodeSource.attribute(node, javafx.scene.AccessibleAttribute.LABELED_BY);
        if (label instanceof Labeled) {
            // A label that names this node (Label.setLabelFor): its new words are this node's new name.
            ((Labeled) label).textProperty().addListener((o, was, now) -> {
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
            field.caretPositionProperty().addListener((o, was, now) -> {
                if (signals != null) {
                    signals.caretMoved(path, now.intValue());
                }
            });
        }
    }

    private void follow(ObservableValue<String> text, Node node, String path) {
        text.addListener((o, was, now) -> textChanged(node, path));
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
        if (role != AtspiRole.ENTRY && role != AtspiRole.TEXT && role != AtspiRole.PASSWORD_TEXT) {
            signals.nameChanged(path, reader.name(node));
        } else {
            signals.caretMoved(path, Math.min(new NodeText(node, reader).caret(), after.length()));
        }
    }
}
