package quire.access;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.scene.AccessibleAction;
import javafx.scene.Node;

/**
 * What every node's object shares: its node, held weakly (once the node is gone the object answers as an
 * empty, defunct one until the tree forgets it), questions asked on the UI thread with a time limit, and
 * the Action interface, which a pressable role has ({@link AtspiRole#isPressable}).
 */
abstract class NodeBackedObject extends AccessibleObject implements AtspiAction {
    private final WeakReference<Node> node;

    NodeBackedObject(AccessTree tree, String path, Node node) {
        super(tree, path);
        this.node = new WeakReference<>(node);
    }

    Optional<Node> node() {
        return Optional.ofNullable(node.get());
    }

    /** {@code question} answered about the node on the UI thread; {@code fallback} once it is gone. */
    <T> T ask(Function<Node, T> question, T fallback) {
        Callable<T> call = () -> {
            Node shown = node.get();
            return shown == null ? fallback : question.apply(shown);
        };
        return FxThread.ask(call, fallback);
    }

    AtspiRole atspiRole() {
        return ask(tree.reader()::role, AtspiRole.PANEL);
    }

    static boolean act(Node shown, AccessibleAction action, Object... parameters) {
        try {
            shown.executeAccessibleAction(action, parameters);
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
    }

    // Action

    @Override
    public String GetDescription(int index) {
        return index == 0 && atspiRole().isPressable() ? "Press" : "";
    }

    @Override
    public String GetName(int index) {
        return index == 0 && atspiRole().isPressable() ? "click" : "";
    }

    @Override
    public String GetLocalizedName(int index) {
        return GetName(index);
    }

    @Override
    public String GetKeyBinding(int index) {
        return "";
    }

    @Override
    public List<ActionInfo> GetActions() {
        return atspiRole().isPressable() ? List.of(new ActionInfo("click", "Press", "")) : List.of();
    }

    @Override
    public boolean DoAction(int index) {
        // Answer first, then act: a press may open a screen, and the client waits for the reply.
        if (index != 0 || !atspiRole().isPressable()) {
            return false;
        }
        javafx.application.Platform.runLater(() -> node().ifPresent(shown -> act(shown, AccessibleAction.FIRE)));
        return true;
    }
}
