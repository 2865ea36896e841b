package quire.access;

import java.util.List;
import java.util.Optional;
import javafx.scene.AccessibleRole;

/** How the bridge reads a tree of nodes: JavaFX's scene graph in the app, plain records in tests. */
interface NodeSource<N> {
    AccessibleRole role(N node);

    /** The node's children in reading order, hidden or not. */
    List<N> children(N node);

    /** The node's parent, empty at the top of its window. */
    Optional<N> parent(N node);

    boolean visible(N node);
}
