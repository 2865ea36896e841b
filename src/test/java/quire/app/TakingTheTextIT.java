package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import quire.place.Anchor;
import quire.place.TextRange;

/** Selecting with the mouse and copying: what lands on the clipboard is the author's text exactly. */
class TakingTheTextIT extends AppTestSupport {

    /** The drawn runs of the left (or only) page, grouped into lines by their screen position, top first. */
    private List<List<Bounds>> lines(boolean rightPage) {
        double split = app.node(".page-area").localToScreen(0, 0).getX()
                + app.reader().model().paginationProperty().get().spec().width();
        Map<Double, List<Bounds>> byTop = new TreeMap<>();
        for (Text text : app.lookup(".page-text").queryAllAs(Text.class)) {
            Bounds b = text.localToScreen(text.getBoundsInLocal());
            if (b.getMinX() < split != rightPage) {
                byTop.computeIfAbsent(Math.rint(b.getMinY()), y -> new java.util.ArrayList<>()).add(b);
            }
        }
        byTop.values().forEach(line -> line.sort(Comparator.comparingDouble(Bounds::getMinX)));
        return List.copyOf(byTop.values());
    }

    private static Point2D start(Bounds run) {
        return new Point2D(run.getMinX() + 0.5, run.getCenterY());
    }

    private static Point2D middle(Bounds run) {
        return new Point2D(run.getCenterX(), run.getCenterY());
    }

    private void drag(Point2D from, Point2D to) {
        app.moveTo(from).press(MouseButton.PRIMARY).moveTo(from.add(8, 0)).moveTo(to).release(MouseButton.PRIMARY);
    }

    private TextRange selection() {
        return app.reader().selection().selection().orElseThrow();
    }

    private List<String> blocks() {
        return app.reader().model().blockTexts();
    }

    /** The author's characters between two places: each paragraph as written, a blank line between. */
    private String authorsText(Anchor from, Anchor to) {
        StringBuilder text = new StringBuilder();
        for (int block = from.block(); block <= to.block(); block++) {
            String t = blocks().get(block);
            text.append(t, block == from.block() ? from.offset() : 0, block == to.block() ? to.offset() : t.length());
            if (block < to.block()) {
                text.append("\n\n");
            }
        }
        return text.toString();
    }

    private void copy() {
        app.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
    }

    @Test
    void draggingAcrossLineEndsCopiesTheAuthorsCharactersExactly() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        List<List<Bounds>> lines = lines(false);
        drag(start(lines.get(0).get(0)), middle(lines.get(2).get(0)));
        TextRange selected = selection();
        assertThat(selected.start()).isEqualTo(new Anchor(0, 0));
        var third = app.reader().model().paginationProperty().get().page(0).lines().get(2);
        assertThat(selected.end().block()).isZero();
        assertThat(selected.end().offset()).as("the selection crosses two line ends")
                .isGreaterThan(third.start()).isLessThan(third.end());
        copy();
        String copied = app.clipboard();
        assertThat(copied).isEqualTo(blocks().get(0).substring(0, selected.end().offset()));
        assertThat(copied).startsWith("\u201cNow why would I need to settle,\u201d").doesNotContain("\n");
        assertThat(app.lookup(".range-selection").queryAll()).as("drawn on each of the three lines").hasSize(3);
    }

    @Test
    void aSelectionAcrossBothPagesOfASpreadCopiesBothAndSurvivesResizeAndTheme() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        app.onFx(() -> app.stage.setWidth(1600));
        assertThat(app.footer()).startsWith("Pages 1\u20132");
        List<List<Bounds>> left = lines(false);
        List<List<Bounds>> right = lines(true);
        List<Bounds> lastLeft = left.get(left.size() - 1);
        drag(middle(lastLeft.get(0)), middle(right.get(0).get(0)));
        TextRange selected = selection();
        var pages = app.reader().model().paginationProperty().get();
        assertThat(selected.start().compareTo(pages.page(1).start())).isNegative();
        assertThat(selected.end().compareTo(pages.page(1).start())).isPositive();
        copy();
        assertThat(app.clipboard()).isEqualTo(authorsText(selected.start(), selected.end()));

        app.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        copy();
        var lastLine = pages.page(1).lines().get(pages.page(1).lines().size() - 1);
        assertThat(app.clipboard()).isEqualTo(authorsText(Anchor.START, new Anchor(lastLine.block(), lastLine.end())));

        TextRange all = selection();
        app.onFx(() -> app.stage.setWidth(800));
        app.type(KeyCode.T).type(KeyCode.T);
        assertThat(selection()).as("a text range, not pixels").isEqualTo(all);
        assertThat(app.lookup(".range-selection").queryAll()).isNotEmpty();
    }

    @Test
    void doubleClickSelectsAWordTripleClickAParagraphAndShiftClickExtends() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        List<List<Bounds>> lines = lines(false);
        List<Bounds> second = lines.get(1);
        Bounds nearRight = second.get(second.size() - 1);
        Point2D word = new Point2D(nearRight.getMaxX() - 12, nearRight.getCenterY());
        app.moveTo(word).doubleClickOn(MouseButton.PRIMARY);
        app.sleep(600);
        assertThat(app.footer()).as("a double-click in the right third does not turn the page").startsWith("Page 1 of");
        String selected = app.reader().selection().selectedText();
        assertThat(selected).matches("[\\p{L}\u2019']+");
        assertThat(blocks().get(0)).contains(selected);

        app.press(KeyCode.SHIFT);
        app.moveTo(middle(lines.get(3).get(0))).clickOn(MouseButton.PRIMARY);
        app.release(KeyCode.SHIFT);
        TextRange extended = selection();
        assertThat(extended.start().offset()).isEqualTo(blocks().get(0).indexOf(selected, 40) >= 0
                ? extended.start().offset() : -1);
        assertThat(app.reader().selection().selectedText()).startsWith(selected).hasSizeGreaterThan(selected.length() + 20);

        app.moveTo(middle(lines.get(0).get(0))).clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY)
                .clickOn(MouseButton.PRIMARY);
        assertThat(selection()).isEqualTo(TextRange.inBlock(0, 0, blocks().get(0).length()));
    }

    @Test
    void escAndAPlainClickClearTheSelectionWithoutTurningThePage() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        List<List<Bounds>> lines = lines(false);
        drag(start(lines.get(0).get(0)), middle(lines.get(1).get(0)));
        assertThat(app.reader().selection().selection()).isPresent();
        app.type(KeyCode.ESCAPE);
        assertThat(app.reader().selection().selection()).isEmpty();
        assertThat(app.lookup(".range-selection").queryAll()).isEmpty();

        drag(start(lines.get(0).get(0)), middle(lines.get(1).get(0)));
        Bounds area = app.node(".page-area").localToScreen(app.node(".page-area").getBoundsInLocal());
        app.clickOn(area.getMaxX() - 20, area.getCenterY(), MouseButton.PRIMARY);
        app.sleep(600);
        assertThat(app.reader().selection().selection()).isEmpty();
        assertThat(app.footer()).startsWith("Page 1 of");
    }

    @Test
    void thePointerIsAnIBeamOverTextOnly() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        List<List<Bounds>> lines = lines(false);
        app.moveTo(middle(lines.get(0).get(0)));
        assertThat(app.node(".page-area").getCursor()).isEqualTo(Cursor.TEXT);
        Bounds area = app.node(".page-area").localToScreen(app.node(".page-area").getBoundsInLocal());
        app.moveTo(new Point2D(area.getMinX() + 4, area.getMinY() + 4));
        assertThat(app.node(".page-area").getCursor()).isEqualTo(Cursor.DEFAULT);
    }

    @Test
    void copyWithReferenceNamesTheStoryAndThePage() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        app.type(KeyCode.RIGHT);
        List<List<Bounds>> lines = lines(false);
        app.moveTo(middle(lines.get(1).get(0))).doubleClickOn(MouseButton.PRIMARY);
        String word = app.reader().selection().selectedText();
        app.clickOn(MouseButton.SECONDARY);
        app.clickOn("Copy with reference");
        int count = app.reader().model().paginationProperty().get().pageCount();
        assertThat(app.clipboard()).isEqualTo(word + "\n\n\u2014 Spike/Xander, page 2 of " + count);
    }
}
