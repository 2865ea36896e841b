package quire.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * One node as an AT-SPI object: Accessible and Component always; Action, Text and Value where its role
 * has them ({@link AtspiRole}). It holds its node weakly; once the node is gone it answers as an empty,
 * defunct object until the tree forgets it. Every answer is read on the UI thread.
 */
final class NodeObject extends NodeBackedObject implements AtspiComponent, AtspiText, AtspiValue, AtspiSelection {
    NodeObject(AccessTree tree, String path, Node node) {
        super(tree, path, node);
    }

    @Override
    Map<String, Variant<?>> properties(String iface) {
        Map<String, Variant<?>> none = Map.of();
        return ask(shown -> {
            NodeReader reader = tree.reader();
            AtspiRole role = reader.role(shown);
            switch (iface) {
                case ACCESSIBLE:
                    return accessibleProperties(reader.name(shown), reader.description(shown), tree.parentRef(shown),
                            tree.exposed().children(shown).size());
                case TEXT:
                    NodeText text = new NodeText(shown, reader);
                    return role.hasText() ? Map.of("CharacterCount", new Variant<>(text.text().length()),
                            "CaretOffset", new Variant<>(text.caret())) : none;
                case ACTION:
                    return role.isPressable() ? Map.of("NActions", new Variant<>(1)) : none;
                case VALUE:
                    return role.hasValue() ? valueProperties(shown) : none;
                case SELECTION:
                    return role.hasSelection()
                            ? Map.of("NSelectedChildren", new Variant<>(selection(shown).selected().size())) : none;
                default:
                    return none;
            }
        }, none);
    }

    private static Map<String, Variant<?>> valueProperties(Node shown) {
        double value = FxNodeSource.number(shown, AccessibleAttribute.VALUE, 0);
        return Map.of("MinimumValue", new Variant<>(FxNodeSource.number(shown, AccessibleAttribute.MIN_VALUE, 0)),
                "MaximumValue", new Variant<>(FxNodeSource.number(shown, AccessibleAttribute.MAX_VALUE, 0)),
                "MinimumIncrement", new Variant<>(0.0), "CurrentValue", new Variant<>(value),
                "Text", new Variant<>(FxNodeSource.string(shown, AccessibleAttribute.VALUE)));
    }

    @Override
    boolean set(String iface, String property, Object value) {
        if (!VALUE.equals(iface) || !"CurrentValue".equals(property) || !(value instanceof Number)) {
            return false;
        }
        return ask(shown -> act(shown, AccessibleAction.SET_VALUE, ((Number) value).doubleValue()), false);
    }

    // Accessible

    @Override
    public List<ObjectRef> GetChildren() {
        return ask(shown -> tree.exposed().children(shown).stream().map(tree::ref).toList(), List.of());
    }

    @Override
    public int GetIndexInParent() {
        return ask(tree::indexInParent, -1);
    }

    @Override
    public UInt32 GetRole() {
        return role(atspiRole());
    }

    @Override
    public String GetRoleName() {
        return atspiRole().roleName();
    }

    @Override
    public List<UInt32> GetState() {
        return words(ask(shown -> tree.reader().facts(shown, tree.isFocusTarget(shown)).states(), AtspiState.none()));
    }

    @Override
    public List<Relation> GetRelationSet() {
        return ask(shown -> {
            Object label = FxNodeSource.attribute(shown, AccessibleAttribute.LABELED_BY);
            if (label instanceof Node) {
                return List.of(new Relation(new UInt32(Relation.LABELLED_BY), List.of(tree.ref((Node) label))));
            }
            return List.<Relation>of();
        }, List.of());
    }

    @Override
    public List<String> GetInterfaces() {
        AtspiRole role = atspiRole();
        List<String> interfaces = new ArrayList<>(List.of(ACCESSIBLE, COMPONENT));
        if (role.isPressable()) {
            interfaces.add(ACTION);
        }
        if (role.hasText()) {
            interfaces.add(TEXT);
        }
        if (role.hasValue()) {
            interfaces.add(VALUE);
        }
        if (role.hasSelection()) {
            interfaces.add(SELECTION);
        }
        return interfaces;
    }

    // Component

    private Coordinates coordinates(Node shown) {
        Point2D window = shown.getScene() == null || shown.getScene().getWindow() == null ? Point2D.ZERO
                : new Point2D(shown.getScene().getWindow().getX(), shown.getScene().getWindow().getY());
        Bounds parent = tree.exposed().parent(shown).map(tree.reader()::screenBounds).orElse(null);
        return new Coordinates(window, parent == null ? window : new Point2D(parent.getMinX(), parent.getMinY()));
    }

    @Override
    public boolean Contains(int x, int y, UInt32 coordType) {
        return ask(shown -> {
            Bounds bounds = tree.reader().screenBounds(shown);
            return bounds != null && bounds.contains(coordinates(shown).toScreen(x, y, coordType.intValue()));
        }, false);
    }

    @Override
    public ObjectRef GetAccessibleAtPoint(int x, int y, UInt32 coordType) {
        return ask(shown -> {
            Point2D point = coordinates(shown).toScreen(x, y, coordType.intValue());
            for (Node child : tree.exposed().children(shown)) {
                Bounds bounds = tree.reader().screenBounds(child);
                if (bounds != null && bounds.contains(point)) {
                    return tree.ref(child);
                }
            }
            return tree.none();
        }, tree.none());
    }

    @Override
    public Extents GetExtents(UInt32 coordType) {
        return ask(shown -> coordinates(shown).extents(tree.reader().screenBounds(shown), coordType.intValue()),
                new Extents(-1, -1, -1, -1));
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
        return new UInt32(3); // ATSPI_LAYER_WIDGET
    }

    @Override
    public short GetMDIZOrder() {
        return 0;
    }

    @Override
    public boolean GrabFocus() {
        return ask(shown -> act(shown, AccessibleAction.REQUEST_FOCUS), false);
    }

    @Override
    public double GetAlpha() {
        return ask(Node::getOpacity, 1.0);
    }

    // Text

    private <T> T text(java.util.function.Function<NodeText, T> question, T fallback) {
        return ask(shown -> question.apply(new NodeText(shown, tree.reader())), fallback);
    }

    @Override
    public String GetText(int startOffset, int endOffset) {
        return text(text -> text.text(startOffset, endOffset), "");
    }

    @Override
    public boolean SetCaretOffset(int offset) {
        return text(text -> text.select(offset, offset), false);
    }

    private ThreeValues<String, Integer, Integer> span(int offset, java.util.function.BiFunction<TextSegments, Integer, TextSegments.Segment> piece) {
        return text(text -> {
            String all = text.text();
            TextSegments.Segment segment = piece.apply(new TextSegments(all), offset);
            return ThreeValues.span(segment.of(all), segment.start(), segment.end());
        }, ThreeValues.span("", 0, 0));
    }

    @Override
    public ThreeValues<String, Integer, Integer> GetTextBeforeOffset(int offset, UInt32 boundary) {
        return span(offset, (segments, o) -> segments.before(o, boundary.intValue()));
    }

    @Override
    public ThreeValues<String, Integer, Integer> GetTextAtOffset(int offset, UInt32 boundary) {
        return span(offset, (segments, o) -> segments.at(o, boundary.intValue()));
    }

    @Override
    public ThreeValues<String, Integer, Integer> GetTextAfterOffset(int offset, UInt32 boundary) {
        return span(offset, (segments, o) -> segments.after(o, boundary.intValue()));
    }

    @Override
    public ThreeValues<String, Integer, Integer> GetStringAtOffset(int offset, UInt32 granularity) {
        return span(offset, (segments, o) -> segments.string(o, granularity.intValue()));
    }

    @Override
    public int GetCharacterAtOffset(int offset) {
        String character = GetText(offset, offset + 1);
        return character.isEmpty() ? 0 : character.codePointAt(0);
    }

    @Override
    public Map<String, String> GetDefaultAttributes() {
        return Map.of();
    }

    @Override
    public Map<String, String> GetDefaultAttributeSet() {
        return Map.of();
    }

    @Override
    public FourValues<Integer, Integer, Integer, Integer> GetCharacterExtents(int offset, UInt32 coordType) {
        return GetRangeExtents(offset, offset + 1, coordType);
    }

    @Override
    public FourValues<Integer, Integer, Integer, Integer> GetRangeExtents(int startOffset, int endOffset, UInt32 coordType) {
        return ask(shown -> coordinates(shown).quad(new NodeText(shown, tree.reader()).rangeBounds(startOffset, endOffset),
                coordType.intValue()), FourValues.box(-1, -1, -1, -1));
    }

    @Override
    public int GetOffsetAtPoint(int x, int y, UInt32 coordType) {
        return ask(shown -> new NodeText(shown, tree.reader())
                .offsetAt(coordinates(shown).toScreen(x, y, coordType.intValue())), -1);
    }

    @Override
    public int GetNSelections() {
        return text(text -> text.selection()[1] > text.selection()[0] ? 1 : 0, 0);
    }

    @Override
    public TwoValues<Integer, Integer> GetSelection(int selectionNum) {
        return text(text -> {
            int[] selection = text.selection();
            return selectionNum == 0 ? TwoValues.ints(selection[0], selection[1]) : TwoValues.ints(0, 0);
        }, TwoValues.ints(0, 0));
    }

    @Override
    public boolean AddSelection(int startOffset, int endOffset) {
        return text(text -> text.select(startOffset, endOffset), false);
    }

    @Override
    public boolean RemoveSelection(int selectionNum) {
        return text(text -> text.select(text.caret(), text.caret()), false);
    }

    @Override
    public boolean SetSelection(int selectionNum, int startOffset, int endOffset) {
        return selectionNum == 0 && AddSelection(startOffset, endOffset);
    }

    // Selection

    private ChildSelection<Node> selection(Node shown) {
        return FxNodeSource.selection(shown, tree.exposed().children(shown));
    }

    private boolean choose(java.util.function.Function<ChildSelection<Node>, Optional<List<Node>>> change) {
        return ask(shown -> change.apply(selection(shown)).map(items -> FxNodeSource.select(shown, items))
                .orElse(false), false);
    }

    @Override
    public ObjectRef GetSelectedChild(int selectedChildIndex) {
        return ask(shown -> selection(shown).selectedChild(selectedChildIndex).map(tree::ref).orElse(tree.none()),
                tree.none());
    }

    @Override
    public boolean SelectChild(int childIndex) {
        return choose(selection -> selection.select(childIndex));
    }

    @Override
    public boolean DeselectSelectedChild(int selectedChildIndex) {
        return choose(selection -> selection.deselectSelected(selectedChildIndex));
    }

    @Override
    public boolean IsChildSelected(int childIndex) {
        return ask(shown -> selection(shown).isChildSelected(childIndex), false);
    }

    @Override
    public boolean SelectAll() {
        return choose(ChildSelection::selectAll);
    }

    @Override
    public boolean ClearSelection() {
        return choose(selection -> Optional.of(List.of()));
    }

    @Override
    public boolean DeselectChild(int childIndex) {
        return choose(selection -> selection.deselectChild(childIndex));
    }
}
