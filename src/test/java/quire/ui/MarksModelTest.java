package quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import quire.layout.TextRange;
import quire.marks.Highlight;
import quire.marks.MarkColour;

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
}
