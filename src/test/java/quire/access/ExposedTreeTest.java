package quire.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.AccessibleRole;
import org.junit.jupiter.api.Test;

class ExposedTreeTest {
    /** A node of a made-up scene graph. */
    static final class Fake {
        final String name;
        final AccessibleRole role;
        boolean visible = true;
        Fake parent;
        final List<Fake> children = new ArrayList<>();

        Fake(String name, AccessibleRole role, Fake... children) {
            this.name = name;
            this.role = role;
            for (Fake child : children) {
                child.parent = this;
                this.children.add(child);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final class FakeSource implements NodeSource<Fake> {
        @Override
        public AccessibleRole role(Fake node) {
            return node.role;
        }

        @Override
        public List<Fake> children(Fake node) {
            return node.children;
        }

        @Override
        public Optional<Fake> parent(Fake node) {
            return Optional.ofNullable(node.parent);
        }

        @Override
        public boolean visible(Fake node) {
            return node.visible;
        }
    }

    private final ExposedTree<Fake> tree = new ExposedTree<>(new FakeSource());

    private final Fake buttonText = new Fake("button's text", AccessibleRole.TEXT);
    private final Fake start = new Fake("Start reading", AccessibleRole.BUTTON, buttonText);
    private final Fake leave = new Fake("Leave", AccessibleRole.BUTTON);
    private final Fake hidden = new Fake("hidden note", AccessibleRole.TEXT);
    private final Fake buttons = new Fake("HBox", AccessibleRole.PARENT, start, leave);
    private final Fake headline = new Fake("headline", AccessibleRole.TEXT);
    private final Fake card = new Fake("VBox", AccessibleRole.PARENT, headline, hidden, buttons);
    private final Fake screen = new Fake("scroll pane", AccessibleRole.SCROLL_PANE, card);

    @Test
    void layoutNodesArePassedThroughAndTheirChildrenRaised() {
        hidden.visible = false;

        assertThat(tree.children(screen)).containsExactly(headline, start, leave);
    }

    @Test
    void aButtonIsALeafSoItsLabelIsNotReadTwice() {
        assertThat(tree.children(start)).isEmpty();
    }

    @Test
    void theParentIsTheNearestExposedAncestor() {
        assertThat(tree.parent(leave)).containsSame(screen);
        assertThat(tree.parent(screen)).isEmpty();
        assertThat(tree.exposedSelfOrAncestor(buttons)).containsSame(screen);
        assertThat(tree.exposedSelfOrAncestor(leave)).containsSame(leave);
    }

    @Test
    void theIndexCountsOnlyExposedSiblings() {
        hidden.visible = false;

        assertThat(tree.indexIn(screen, leave)).isEqualTo(2);
        assertThat(tree.indexIn(screen, buttonText)).isEqualTo(-1);
    }

    @Test
    void theFirstDescendantIsFoundInReadingOrderThroughLayoutNodes() {
        assertThat(tree.firstDescendant(card, node -> node.role == AccessibleRole.BUTTON)).containsSame(start);
        assertThat(tree.firstDescendant(card, node -> node.role == AccessibleRole.SLIDER)).isEmpty();
    }

    @Test
    void aHiddenBranchIsLeftOutWholly() {
        buttons.visible = false;

        assertThat(tree.children(screen)).containsExactly(headline, hidden);
        assertThat(tree.isExposed(buttons)).isFalse();
    }
}
