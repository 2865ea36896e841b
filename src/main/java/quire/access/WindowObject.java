package quire.access;

import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/** A shown window: a frame (or a dialog, when it has an owner) named by its title. */
final class WindowObject extends AccessibleObject implements AtspiComponent {
    private final java.lang.ref.WeakReference<Window> window;

    WindowObject(AccessTree tree, String path, Window window) {
        super(tree, path);
        this.window = new java.lang.ref.WeakReference<>(window);
    }

    @Override
    Map<String, Variant<?>> properties(String iface) {
        if (!ACCESSIBLE.equals(iface)) {
            return Map.of();
        }
        return FxThread.ask(() -> accessibleProperties(title(), "", tree.applicationRef(), children().size()),
                accessibleProperties("", "", tree.applicationRef(), 0));
    }

    private String title() {
        Window shown = window.get();
        return shown instanceof Stage && ((Stage) shown).getTitle() != null ? ((Stage) shown).getTitle() : "";
    }

    private AtspiRole atspiRole() {
        Window shown = window.get();
        return shown instanceof Stage && ((Stage) shown).getOwner() != null ? AtspiRole.DIALOG : AtspiRole.FRAME;
    }

    /** The window's exposed nodes at the top. UI thread. */
    List<Node> children() {
        Window shown = window.get();
        if (shown == null || shown.getScene() == null || shown.getScene().getRoot() == null) {
            return List.of();
        }
        Node root = shown.getScene().getRoot();
        return tree.exposed().isExposed(root) ? List.of(root) : tree.exposed().children(root);
    }

    @Override
    public List<ObjectRef> GetChildren() {
        return FxThread.ask(() -> children().stream().map(tree::ref).toList(), List.of());
    }

    @Override
    public int GetIndexInParent() {
        return FxThread.ask(() -> tree.windows().indexOf(window.get()), -1);
    }

    @Override
    public UInt32 GetRole() {
        return role(FxThread.ask(this::atspiRole, AtspiRole.FRAME));
    }

    @Override
    public String GetRoleName() {
        return FxThread.ask(this::atspiRole, AtspiRole.FRAME).roleName();
    }

    @Override
    public List<UInt32> GetState() {
        return words(FxThread.ask(() -> {
            Set<AtspiState> states = AtspiState.none();
            Window shown = window.get();
            if (shown != null && shown.isShowing()) {
                states.addAll(List.of(AtspiState.SHOWING, AtspiState.VISIBLE, AtspiState.ENABLED,
                        AtspiState.SENSITIVE));
                if (shown.isFocused()) {
                    states.add(AtspiState.ACTIVE);
                }
            }
            return states;
        }, AtspiState.none()));
    }

    @Override
    public List<String> GetInterfaces() {
        return List.of(ACCESSIBLE, COMPONENT);
    }

    private Bounds bounds() {
        Window shown = window.get();
        return shown == null ? null : new BoundingBox(shown.getX(), shown.getY(), shown.getWidth(), shown.getHeight());
    }

    private Coordinates coordinates() {
        Bounds bounds = bounds();
        Point2D origin = bounds == null ? Point2D.ZERO : new Point2D(bounds.getMinX(), bounds.getMinY());
        return new Coordinates(origin, Point2D.ZERO);
    }

    @Override
    public boolean Contains(int x, int y, UInt32 coordType) {
        return FxThread.ask(() -> {
            Bounds bounds = bounds();
            return bounds != null && bounds.contains(coordinates().toScreen(x, y, coordType.intValue()));
        }, false);
    }

    @Override
    public ObjectRef GetAccessibleAtPoint(int x, int y, UInt32 coordType) {
        return tree.none();
    }

    @Override
    public Extents GetExtents(UInt32 coordType) {
        return FxThread.ask(() -> coordinates().extents(bounds(), coordType.intValue()), new Extents(0, 0, 0, 0));
    }

    @Override
    public TwoValues<Integer, Integer> GetPosition(UInt32 coordType) {
        Extents extents = GetExtents(coordType);
        return TwoValues.ints(extents.x, extents.y);
    }

    @Override
    public TwoValues<Integer, Integer> GetSize() {
        Extents extents = GetExtents(new UInt32(Coordinates.SCREEN));
        return TwoValues.ints(extents.width, extents.height);
    }

    @Override
    public UInt32 GetLayer() {
        return new UInt32(7); // ATSPI_LAYER_WINDOW
    }

    @Override
    public short GetMDIZOrder() {
        return 0;
    }

    @Override
    public boolean GrabFocus() {
        return FxThread.ask(() -> {
            Window shown = window.get();
            if (shown == null) {
                return false;
            }
            shown.requestFocus();
            return true;
        }, false);
    }

    @Override
    public double GetAlpha() {
        return 1.0;
    }
}
