package quire.ui.marks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import quire.marks.Highlight;
import quire.marks.MarkColour;
import quire.place.TextRange;
import quire.ui.RangeLayers;

class MarksModelTest {
    private static final List<String> STORY = List.of("Xander’s lip curled. Still have nightmares?");

    @Test
    void highlightingADraggedSelectionWithASpaceAtItsEndTwiceChangesTheColour() {
        MarksModel marks = new MarksModel(STORY, new RangeLayers());
        TextRange dragged = TextRange.inBlock(0, 0, 21); // "Xander’s lip curled. " with the space after
        assertThat(marks.highlight(dragged)).as("the new highlight is in hand").isPresent();
        marks.highlight(dragged);
        assertThat(marks.book().highlights()).singleElement().extracting(Highlight::colour).isEqualTo(MarkColour.GREEN);
        assertThat(marks.holding(dragged)).isPresent();
    }

    @Test
    void ctrlZBringsBackSeveralRemovalsNewestFirst() {
        MarksModel marks = new MarksModel(STORY, new RangeLayers());
        String xander = marks.highlight(TextRange.inBlock(0, 0, 8)).orElseThrow();
        String curled = marks.highlight(TextRange.inBlock(0, 13, 19)).orElseThrow();
        String nightmares = marks.highlight(TextRange.inBlock(0, 31, 41)).orElseThrow();
        List<String> saved = new java.util.ArrayList<>();
        marks.setOnChange(all -> saved.add(all.size() + " marks"));
        marks.remove(curled);
        marks.remove(xander);
        marks.remove(nightmares);
        assertThat(marks.book().highlights()).isEmpty();

        marks.undoRemoval();
        assertThat(ids(marks)).containsExactly(nightmares);
        marks.undoRemoval();
        assertThat(ids(marks)).containsExactlyInAnyOrder(nightmares, xander);
        assertThat(marks.canUndoProperty().get()).isTrue();
        marks.undoRemoval();
        assertThat(ids(marks)).containsExactlyInAnyOrder(nightmares, xander, curled);
        assertThat(marks.canUndoProperty().get()).isFalse();
        marks.undoRemoval();
        assertThat(ids(marks)).hasSize(3);
        assertThat(saved).as("each step saved").containsExactly("2 marks", "1 marks", "0 marks", "1 marks",
                "2 marks", "3 marks");
    }

    @Test
    void onlyTheLatestRemovalsCanBeBroughtBack() {
        MarksModel marks = new MarksModel(List.of("word ".repeat(MarksModel.UNDO_DEPTH + 5)), new RangeLayers());
        for (int i = 0; i < MarksModel.UNDO_DEPTH + 5; i++) {
            marks.remove(marks.highlight(TextRange.inBlock(0, i * 5, i * 5 + 4)).orElseThrow());
        }
        for (int i = 0; i < MarksModel.UNDO_DEPTH + 5; i++) {
            marks.undoRemoval();
        }
        assertThat(marks.book().highlights()).hasSize(MarksModel.UNDO_DEPTH);
        assertThat(marks.book().highlights()).as("the first five removed are gone for good")
                .noneMatch(h -> h.range().start().offset() < 5 * 5);
    }

    private static List<String> ids(MarksModel marks) {
        return marks.book().highlights().stream().map(Highlight::id).toList();
    }
}
