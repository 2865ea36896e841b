package quire.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;

/**
 * The scene graph as the bridge reads it, through the attributes JavaFX's accessibility API answers
 * (ROLE, CHILDREN, PARENT), so a node that answers them its own way is read its own way. UI thread only.
 */
final class FxNodeSource implements NodeSource<Node> {
    private final Consumer<Parent> onChildrenRead;

    FxNodeSource() {
        this(parent -> {
        });
    }

    /** {@code onChildrenRead}: told of each parent whose children are read, to follow changes to them. */
    FxNodeSource(Consumer<Parent> onChildrenRead) {
        this.onChildrenRead = onChildrenRead;
    }

    @Override
    public AccessibleRole role(Node node) {
        Object role = attribute(node, AccessibleAttribute.ROLE);
        return role instanceof AccessibleRole ? (AccessibleRole) role : AccessibleRole.NODE;
    }

    @Override
    public List<Node> children(Node node) {
        if (node instanceof Parent) {
            onChildrenRead.accept((Parent) node);
        }
        Object children = attribute(node, AccessibleAttribute.CHILDREN);
        List<Node> nodes = new ArrayList<>();
        if (children instanceof List<?>) {
            for (Object child : (List<?>) children) {
                if (child instanceof Node) {
                    nodes.add((Node) child);
                }
            }
        }
        return nodes;
    }

    @Override
    public Optional<Node> parent(Node node) {
        Object parent = attribute(node, AccessibleAttribute.PARENT);
        return parent instanceof Node ? Optional.of((Node) parent) : Optional.empty();
    }

    @Override
    public boolean visible(Node node) {
        // Not the opacity: a panel fading in is there for the reader from its first frame. A list's cells
        // past its last item are drawn empty to fill the view: they are no items.
        return node.isVisible() && !(node instanceof Cell<?> && ((Cell<?>) node).isEmpty());
    }

    /** A list's selection (SELECTED_ITEMS, MULTIPLE_SELECTION) among {@code children}, its exposed children. */
    static ChildSelection<Node> selection(Node list, List<Node> children) {
        Object items = attribute(list, AccessibleAttribute.SELECTED_ITEMS);
        List<Node> selected = new ArrayList<>();
        if (items instanceof List<?>) {
            for (Object item : (List<?>) items) {
                if (item instanceof Node && children.contains(item)) {
                    selected.add((Node) item);
                }
            }
        }
        return new ChildSelection<>(children, selected, flag(list, AccessibleAttribute.MULTIPLE_SELECTION));
    }

    /** Tells a list to select exactly {@code items} (SET_SELECTED_ITEMS); false if it refuses. */
    static boolean select(Node list, List<Node> items) {
        try {
            list.executeAccessibleAction(javafx.scene.AccessibleAction.SET_SELECTED_ITEMS,
                    javafx.collections.FXCollections.observableArrayList(items));
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
    }

    /** One attribute, or null where the node does not answer it (or fails to). */
    static Object attribute(Node node, AccessibleAttribute attribute, Object... parameters) {
        try {
            return node.queryAccessibleAttribute(attribute, parameters);
        } catch (RuntimeException unanswered) {
            return null;
        }
    }

    static String string(Node node, AccessibleAttribute attribute) {
        Object value = attribute(node, attribute);
        return value == null ? "" : value.toString();
    }

    static int integer(Node node, AccessibleAttribute attribute, int fallback) {
        Object value = attribute(node, attribute);
        return value instanceof Number ? ((Number) value).intValue() : fallback;
    }

    static double number(Node node, AccessibleAttribute attribute, double fallback) {
        Object value = attribute(node, attribute);
        return value instanceof Number ? ((Number) value).doubleValue() : fallback;
    }

    static boolean flag(Node node, AccessibleAttribute attribute) {
        return Boolean.TRUE.equals(attribute(node, attribute));
    }
}
