package quire.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.AccessibleRole;

/**
 * The tree a screen reader sees, cut from the scene graph: hidden nodes are left out; layout nodes
 * with no role of their own (JavaFX's {@code NODE} and {@code PARENT}) are passed through, their
 * children raised into their place; controls that speak for themselves (buttons, text, sliders, list
 * items) are leaves, so a button's inner label is not read twice. This is how the Windows and macOS
 * glass treat the same tree.
 */
final class ExposedTree<N> {
    private final NodeSource<N> source;

    ExposedTree(NodeSource<N> source) {
        this.source = source;
    }

    /** Whether {@code node} is an object of its own for assistive technologies. */
    boolean isExposed(N node) {
        AccessibleRole role = source.role(node);
        return source.visible(node) && role != null && role != AccessibleRole.NODE && role != AccessibleRole.PARENT;
    }

    /** The exposed children of {@code node} (or of a window's top node), in order. */
    List<N> children(N node) {
        List<N> children = new ArrayList<>();
        if (!isLeaf(node)) {
            collect(node, children);
        }
        return children;
    }

    private void collect(N node, List<N> into) {
        for (N child : source.children(node)) {
            if (!source.visible(child)) {
                continue;
            }
            if (isExposed(child)) {
                into.add(child);
            } else {
                collect(child, into);
            }
        }
    }

    /** The nearest exposed ancestor; empty when the node sits directly in its window. */
    Optional<N> parent(N node) {
        Optional<N> up = source.parent(node);
        while (up.isPresent() && !isExposed(up.get())) {
            up = source.parent(up.get());
        }
        return up;
    }

    /** The nearest exposed node at or above {@code node}, for focus on a node that is passed through. */
    Optional<N> exposedSelfOrAncestor(N node) {
        return isExposed(node) ? Optional.of(node) : parent(node);
    }

    /** The first exposed node below {@code node}, in reading order, that {@code wanted} accepts. */
    Optional<N> firstDescendant(N node, java.util.function.Predicate<N> wanted) {
        for (N child : children(node)) {
            if (wanted.test(child)) {
                return Optional.of(child);
            }
            Optional<N> below = firstDescendant(child, wanted);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }

    /** Where {@code node} stands among its exposed siblings under {@code parent}; -1 if it does not. */
    int indexIn(N parent, N node) {
        List<N> siblings = children(parent);
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i) == node) {
                return i;
            }
        }
        return -1;
    }

    private boolean isLeaf(N node) {
        AtspiRole role = AtspiRole.of(source.role(node));
        return isExposed(node) && (role.hasText() || role.isPressable() || role.hasValue()
                || role == AtspiRole.LIST_ITEM || role == AtspiRole.TABLE_CELL || role == AtspiRole.IMAGE
                || role == AtspiRole.COMBO_BOX || role == AtspiRole.TREE_ITEM);
    }
}
