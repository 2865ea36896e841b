package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.Test;
import quire.marks.Highlight;
import quire.marks.MarkColour;
import quire.place.Anchor;
import quire.place.TextRange;

/** The mouse on marks: a click on a highlight takes it in hand; a note's marker shows the note on hover. */
class MarkClicksIT extends AppTestSupport {

    private void startReadingOnPageTwo() throws Exception {
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.reader().model().exactProperty().get());
        app.type(KeyCode.RIGHT);
    }

    /**
     * Words in the middle of the page's first paragraph line, in the left third, where a click turns back,
     * highlighted; the highlight's range (a space at an end is left out of it).
     */
    private TextRange highlightWordsOnPage() {
        Anchor start = app.reader().model().textInView().orElseThrow().start();
        String text = app.reader().model().blockTexts().get(start.block());
        TextRange words = TextRange.inBlock(start.block(), start.offset() + 4, Math.min(text.length(), start.offset() + 24));
        app.onFx(() -> app.reader().selection().select(words));
        app.type(KeyCode.H);
        return highlights().get(0).range();
    }

    private List<Highlight> highlights() {
        return app.reader().marks().book().highlights();
    }

    private void clickTheHighlight(String colour) {
        Node drawn = app.lookup(".range-highlight-" + colour).queryAll().stream().filter(Node::isVisible)
                .filter(Rectangle.class::isInstance).findFirst().orElseThrow();
        app.clickOn(drawn, MouseButton.PRIMARY);
    }

    @Test
    void aClickOnAHighlightSelectsItSoHNAndDeleteApplyToIt() throws Exception {
        launch();
        startReadingOnPageTwo();
        int page = app.reader().model().pageIndexProperty().get();
        TextRange words = highlightWordsOnPage();
        assertThat(app.reader().selection().selection()).isEmpty();

        clickTheHighlight("yellow");
        assertThat(app.reader().selection().selection()).as("the whole highlight").contains(words);
        assertThat(app.reader().model().pageIndexProperty().get()).as("the click did not turn back").isEqualTo(page);
        app.type(KeyCode.H);
        assertThat(highlights()).singleElement().extracting(Highlight::colour).isEqualTo(MarkColour.GREEN);

        clickTheHighlight("green");
        app.type(KeyCode.N);
        assertThat(app.showing("#note-text")).isTrue();
        app.write("Clicked, not selected");
        app.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        assertThat(highlights()).singleElement().satisfies(h -> {
            assertThat(h.range()).isEqualTo(words);
            assertThat(h.note()).isEqualTo("Clicked, not selected");
        });

        clickTheHighlight("green");
        app.type(KeyCode.DELETE);
        assertThat(highlights()).isEmpty();
        assertThat(app.reader().selection().selection()).as("no selection left over the words").isEmpty();
        assertThat(app.reader().model().pageIndexProperty().get()).isEqualTo(page);
    }

    @Test
    void aClickBesideAHighlightStillTurnsThePage() throws Exception {
        launch();
        startReadingOnPageTwo();
        highlightWordsOnPage();
        int page = app.reader().model().pageIndexProperty().get();
        var area = app.lookup(".page-area").<javafx.scene.layout.Pane>query();
        var bounds = area.localToScreen(area.getBoundsInLocal());
        app.clickOn(bounds.getMaxX() - 12, bounds.getMinY() + bounds.getHeight() / 2, MouseButton.PRIMARY);
        app.waitUntil(() -> app.reader().model().pageIndexProperty().get() == page + 1);
        assertThat(highlights()).hasSize(1);
    }

    @Test
    void hoveringANotesMarkerShowsTheNote() throws Exception {
        launch();
        startReadingOnPageTwo();
        highlightWordsOnPage();
        app.type(KeyCode.N);
        app.write("Say this back to the author");
        app.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        app.moveTo(app.lookup(".note-marker").<Node>query());
        app.waitUntil(() -> app.listWindows().stream().filter(Tooltip.class::isInstance).map(Tooltip.class::cast)
                .anyMatch(tip -> tip.isShowing() && tip.getText().equals("Say this back to the author")));
        assertThat(app.showing("#note-text")).as("hovering does not open the editor").isFalse();
    }
}
