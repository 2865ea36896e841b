package quire.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Selection interface's requests, worked out over a list's children (ChildSelection). */
class ChildSelectionTest {
    private static final List<String> CHAPTERS = List.of("One", "Two", "Three", "Four");

    @Test
    void theSelectedChildrenAreCountedInTheirOwnOrder() {
        ChildSelection<String> selection = new ChildSelection<>(CHAPTERS, List.of("Three", "One"), true);

        assertThat(selection.selectedChild(0)).contains("Three");
        assertThat(selection.selectedChild(1)).contains("One");
        assertThat(selection.selectedChild(2)).isEmpty();
        assertThat(selection.selectedChild(-1)).isEmpty();
        assertThat(selection.isChildSelected(2)).isTrue();
        assertThat(selection.isChildSelected(1)).isFalse();
        assertThat(selection.isChildSelected(9)).isFalse();
    }

    @Test
    void selectingInASingleSelectionListReplacesWhatWasSelected() {
        ChildSelection<String> single = new ChildSelection<>(CHAPTERS, List.of("One"), false);

        assertThat(single.select(3)).contains(List.of("Four"));
        assertThat(single.selectAll()).isEmpty();
    }

    @Test
    void selectingInAMultipleSelectionListAddsOnceAndSelectAllTakesEveryChild() {
        ChildSelection<String> multiple = new ChildSelection<>(CHAPTERS, List.of("One"), true);

        assertThat(multiple.select(3)).contains(List.of("One", "Four"));
        assertThat(multiple.select(0)).contains(List.of("One"));
        assertThat(multiple.selectAll()).contains(CHAPTERS);
    }

    @Test
    void deselectingTakesOnlyThatChildAndRefusesOneNotSelected() {
        ChildSelection<String> selection = new ChildSelection<>(CHAPTERS, List.of("Two", "Four"), true);

        assertThat(selection.deselectChild(3)).contains(List.of("Two"));
        assertThat(selection.deselectChild(0)).isEmpty();
        assertThat(selection.deselectSelected(0)).contains(List.of("Four"));
        assertThat(selection.deselectSelected(5)).isEmpty();
        assertThat(selection.select(7)).isEmpty();
    }
}
