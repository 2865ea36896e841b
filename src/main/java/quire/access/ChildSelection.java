package quire.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Selection interface worked out over any tree: a container's children, the ones it says are
 * selected (JavaFX's SELECTED_ITEMS), and the new set of selected items each request asks for, which
 * the container is then told to take (SET_SELECTED_ITEMS). Indexes out of range ask for nothing.
 *
 * @param children the container's children as a client sees them, in order
 * @param selected its selected items among {@code children}, in the container's own order
 * @param multiple whether more than one may be selected at once (MULTIPLE_SELECTION)
 */
record ChildSelection<N>(List<N> children, List<N> selected, boolean multiple) {

    Optional<N> selectedChild(int selectedIndex) {
        return selectedIndex >= 0 && selectedIndex < selected.size() ? Optional.of(selected.get(selectedIndex))
                : Optional.empty();
    }

    boolean isChildSelected(int childIndex) {
        return child(childIndex).map(selected::contains).orElse(false);
    }

    /** The items selected once {@code childIndex} is: added to the rest, or alone in a single selection. */
    Optional<List<N>> select(int childIndex) {
        return child(childIndex).map(child -> {
            if (!multiple) {
                return List.of(child);
            }
            List<N> now = new ArrayList<>(selected);
            if (!now.contains(child)) {
                now.add(child);
            }
            return now;
        });
    }

    Optional<List<N>> deselectChild(int childIndex) {
        return child(childIndex).filter(selected::contains).map(this::without);
    }

    Optional<List<N>> deselectSelected(int selectedIndex) {
        return selectedChild(selectedIndex).map(this::without);
    }

    /** Every child selected; empty (refused) where only one may be. */
    Optional<List<N>> selectAll() {
        return multiple ? Optional.of(List.copyOf(children)) : Optional.empty();
    }

    private List<N> without(N item) {
        List<N> now = new ArrayList<>(selected);
        now.remove(item);
        return now;
    }

    private Optional<N> child(int childIndex) {
        return childIndex >= 0 && childIndex < children.size() ? Optional.of(children.get(childIndex))
                : Optional.empty();
    }
}
