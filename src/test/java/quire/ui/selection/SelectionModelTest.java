package quire.ui.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import quire.place.Anchor;
import quire.place.TextRange;
import quire.ui.RangeKind;
import quire.ui.RangeLayers;

class SelectionModelTest {
    private static final List<String> BLOCKS = List.of("\u201cCan\u2019t have me, can you?\u201d", "Xander\u2019s lip curled.");
    private final RangeLayers layers = new RangeLayers();
    private final SelectionModel selection = new SelectionModel(BLOCKS, layers);

    @Test
    void aDragKeepsWhereItStartedWhicheverWayItGoes() {
        selection.begin(new Anchor(0, 8));
        selection.extendTo(new Anchor(1, 6));
        assertThat(selection.selection()).contains(TextRange.between(new Anchor(0, 8), new Anchor(1, 6)));
        selection.extendTo(new Anchor(0, 1));
        assertThat(selection.selection()).contains(TextRange.inBlock(0, 1, 8));
        assertThat(selection.selectedText()).isEqualTo("Can\u2019t h");
        assertThat(layers.get(RangeKind.SELECTION)).containsExactly(TextRange.inBlock(0, 1, 8));
    }

    @Test
    void aPressWithoutADragSelectsNothing() {
        selection.begin(new Anchor(0, 3));
        selection.extendTo(new Anchor(0, 3));
        assertThat(selection.selection()).isEmpty();
        assertThat(layers.get(RangeKind.SELECTION)).isEmpty();
    }

    @Test
    void afterADoubleClickADragGrowsByWholeWords() {
        selection.selectWord(new Anchor(0, 2));
        assertThat(selection.selectedText()).isEqualTo("Can\u2019t");
        selection.extendTo(new Anchor(0, 17));
        assertThat(selection.selectedText()).isEqualTo("Can\u2019t have me, can");
        selection.extendTo(new Anchor(1, 2));
        assertThat(selection.selectedText()).isEqualTo("Can\u2019t have me, can you?\u201d\n\nXander\u2019s");
    }

    @Test
    void shiftClickAfterATripleClickExtendsByParagraphsAndEscClears() {
        selection.selectParagraph(new Anchor(1, 3));
        selection.extendTo(new Anchor(0, 4));
        assertThat(selection.selection()).contains(TextRange.between(new Anchor(0, 0), new Anchor(1, BLOCKS.get(1).length())));
        selection.clear();
        assertThat(selection.selection()).isEmpty();
        assertThat(selection.selectedText()).isEmpty();
    }
}
