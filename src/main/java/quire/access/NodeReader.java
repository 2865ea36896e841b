package quire.access;

import javafx.geometry.Bounds;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;

/**
 * What AT-SPI asks of every node, worked out from its JavaFX attributes: its name ({@link AccessibleName}),
 * description (HELP), text and states. UI thread only.
 */
final class NodeReader {
    private final FxNodeSource source = new FxNodeSource();

    AtspiRole role(Node node) {
        return AtspiRole.of(source.role(node));
    }

    /** The node's name ({@link AccessibleName}): its TEXT, its label's, its accessible text or its prompt. */
    String name(Node node) {
        Object label = FxNodeSource.attribute(node, AccessibleAttribute.LABELED_BY);
        String labelText = label instanceof Node ? FxNodeSource.string((Node) label, AccessibleAttribute.TEXT) : "";
        AtspiRole role = role(node);
        String content = AccessibleName.holdsText(role) ? text(node) : "";
        String text = AccessibleName.holdsText(role) ? "" : FxNodeSource.string(node, AccessibleAttribute.TEXT);
        return new AccessibleName(text, labelText, orEmpty(node.getAccessibleText()), prompt(node), content).of(role);
    }

    private static String prompt(Node node) {
        if (node instanceof TextInputControl) {
            return orEmpty(((TextInputControl) node).getPromptText());
        }
        return node instanceof ComboBoxBase<?> ? orEmpty(((ComboBoxBase<?>) node).getPromptText()) : "";
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    String description(Node node) {
        return FxNodeSource.string(node, AccessibleAttribute.HELP);
    }

    /** The node's text for the Text interface: its characters, or its name where it has none. */
    String text(Node node) {
        if (node instanceof TextInputControl) {
            // JavaFX gives a field's accessible text, or its prompt while it is empty, as its TEXT.
            return orEmpty(((TextInputControl) node).getText());
        }
        return FxNodeSource.string(node, AccessibleAttribute.TEXT);
    }

    /** {@code focusTarget}: the bridge reports the focus on this node (see FocusWatch), so it is focused. */
    NodeFacts facts(Node node, boolean focusTarget) {
        AtspiRole role = role(node);
        boolean checkable = role == AtspiRole.CHECK_BOX || role == AtspiRole.TOGGLE_BUTTON
                || role == AtspiRole.RADIO_BUTTON || role == AtspiRole.CHECK_MENU_ITEM
                || role == AtspiRole.RADIO_MENU_ITEM;
        boolean selected = FxNodeSource.flag(node, AccessibleAttribute.SELECTED);
        Object expanded = role == AtspiRole.TREE_ITEM || role == AtspiRole.COMBO_BOX
                ? FxNodeSource.attribute(node, AccessibleAttribute.EXPANDED) : null;
        boolean focused = focusTarget || FxNodeSource.flag(node, AccessibleAttribute.FOCUSED);
        return new NodeFacts(role, showing(node), FxNodeSource.flag(node, AccessibleAttribute.DISABLED),
                node.isFocusTraversable() || focused, focused, !checkable && selected,
                checkable ? Boolean.valueOf(selected) : null,
                FxNodeSource.flag(node, AccessibleAttribute.INDETERMINATE),
                FxNodeSource.flag(node, AccessibleAttribute.EDITABLE),
                expanded instanceof Boolean ? (Boolean) expanded : null);
    }

    /** The node's bounds on screen, or null while it is not in a shown window. */
    Bounds screenBounds(Node node) {
        Object bounds = FxNodeSource.attribute(node, AccessibleAttribute.BOUNDS);
        return bounds instanceof Bounds ? (Bounds) bounds : null;
    }

    private static boolean showing(Node node) {
        if (node.getScene() == null || node.getScene().getWindow() == null
                || !node.getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node up = node; up != null; up = up.getParent()) {
            if (!up.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
