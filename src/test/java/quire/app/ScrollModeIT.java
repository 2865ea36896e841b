package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import quire.layout.Page;
import quire.layout.ScrollColumn;
import quire.place.Anchor;
import quire.place.TextRange;
import quire.ui.scroll.ScrollModel;

/** Scroll mode end to end: chosen in the settings, moved by the wheel and the keys, and back to pages. */
class ScrollModeIT extends AppTestSupport {

    private Path story() throws Exception {
        StringBuilder md = new StringBuilder("---\ntitle: \"Lanterns\"\nrating: \"G\"\n---\n\nA note before the first chapter.\n\n");
        for (int c = 1; c <= 5; c++) {
            md.append("# Chapter ").append(c).append(": The ").append(c == 1 ? "Crypt" : "Road " + c).append("\n\n");
            for (int p = 0; p < 30; p++) {
                md.append("Spike saw Xander\u2019s eyes widen in chapter ").append(c).append(", paragraph ").append(p)
                        .append(". The truth, Spike reflected, was always more dangerous than a lie, and they had "
                                + "prepared for a showdown all the same.\n\n");
            }
        }
        Path file = config.resolveSibling(config.getFileName() + "-scroll.md");
        Files.writeString(file, md);
        return file;
    }

    private ScrollModel scrollMode() throws Exception {
        launch(story().toString());
        app.type(KeyCode.ENTER);
        app.type(KeyCode.S);
        app.clickOn("#pages-scroll");
        app.type(KeyCode.ESCAPE);
        return app.reader().scroll();
    }

    private static int readingLine(ScrollModel scroll) {
        return scroll.columnProperty().get().readingLine(scroll.topProperty().get());
    }

    @Test
    void scrollModeIsChosenInTheSettingsAndRemembered() throws Exception {
        ScrollModel scroll = scrollMode();
        assertThat(scroll.active()).isTrue();
        assertThat(app.lookup("#scroll-bar").queryAs(ScrollBar.class).isVisible()).isTrue();
        assertThat(app.footer()).as("no pages to count on screen: where the place is in the text")
                .startsWith("0%").doesNotContain("Page");
        assertThat(app.pageText()).startsWith("A note before the first chapter.");
    }

    @Test
    void theWheelAndTheKeysMoveTheColumn() throws Exception {
        ScrollModel scroll = scrollMode();
        ScrollColumn column = scroll.columnProperty().get();
        int texts = app.lookup(".page-text").queryAll().size();
        int runs = 0;
        for (int i = 0; i < column.lineCount(); i++) {
            runs += column.line(i).runs().size();
        }
        assertThat(texts).as("only the lines near the viewport are nodes").isPositive().isLessThan(runs / 3);

        app.onFx(() -> {
            for (int i = 0; i < 3; i++) {
                AppDriver.wheel(app.node(".page-area"), -40); // three notches down, as the wheel sends them
            }
        });
        assertThat(scroll.topProperty().get()).as("every notch scrolls, by pixels").isEqualTo(180);
        assertThat(app.reader().model().anchor()).isNotEqualTo(Anchor.START);
        app.onFx(() -> AppDriver.wheel(app.node(".page-area"), 7.5)); // a touchpad's small delta
        assertThat(scroll.topProperty().get()).isEqualTo(180 - 7.5 * 1.5);

        int before = readingLine(scroll);
        app.type(KeyCode.DOWN);
        assertThat(readingLine(scroll)).isEqualTo(before + 1);
        app.type(KeyCode.UP);
        assertThat(readingLine(scroll)).isEqualTo(before);

        double top = scroll.topProperty().get();
        app.type(KeyCode.SPACE);
        assertThat(scroll.topProperty().get() - top).as("a screen less one line")
                .isBetween(scroll.viewport() - 3 * column.line(before).height(), scroll.viewport());
        app.type(KeyCode.END);
        assertThat(scroll.topProperty().get()).isEqualTo(column.maxScrollTop(scroll.viewport()));
        assertThat(app.footer()).contains("100%").contains("the end");
        app.type(KeyCode.HOME);
        assertThat(scroll.topProperty().get()).isZero();
    }

    @Test
    void chapterKeysAndTheContentsPutTheHeadingAtTheTop() throws Exception {
        ScrollModel scroll = scrollMode();
        var model = app.reader().model();
        app.press(KeyCode.CONTROL).type(KeyCode.PAGE_DOWN).type(KeyCode.PAGE_DOWN).release(KeyCode.CONTROL);
        var second = model.chapters().list().get(1);
        ScrollColumn column = scroll.columnProperty().get();
        assertThat(column.line(readingLine(scroll)).anchor()).isEqualTo(second.start());
        assertThat(app.footer()).startsWith("Ch. 2  \u00b7  ").endsWith("left in chapter");
        Text heading = app.lookup(".page-text").queryAllAs(Text.class).stream()
                .filter(t -> t.getText().contains("Road")).findFirst().orElseThrow();
        double y = heading.localToScene(heading.getLayoutBounds()).getMinY();
        assertThat(y).as("the heading is at the top of the window").isBetween(0.0, 120.0);

        app.type(KeyCode.C);
        app.type(KeyCode.DOWN, 2).type(KeyCode.ENTER);
        assertThat(column.line(readingLine(scroll)).anchor()).isEqualTo(model.chapters().list().get(3).start());
    }

    @Test
    void searchMatchesDrawInScrollMode() throws Exception {
        scrollMode();
        app.type(KeyCode.SLASH);
        app.write("paragraph 3");
        app.waitUntil(() -> !app.lookup(".range-search-hit").queryAll().isEmpty());
        assertThat(app.lookup(".range-current-hit").queryAll()).isNotEmpty();
    }

    @Test
    void selectionAndHighlightsDrawInScrollModeWithoutPageRibbons() throws Exception {
        ScrollModel scroll = scrollMode();
        app.type(KeyCode.SPACE);
        app.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        var selected = app.reader().selection().selection().orElseThrow();
        ScrollColumn column = scroll.columnProperty().get();
        assertThat(selected.start()).as("Ctrl+A takes the text on screen")
                .isEqualTo(column.line(readingLine(scroll)).anchor());
        assertThat(app.lookup(".range-selection").queryAll()).isNotEmpty();
        app.type(KeyCode.H);
        assertThat(app.lookup(".range-highlight-yellow").queryAll()).isNotEmpty();
        app.type(KeyCode.B);
        assertThat(app.reader().marks().book().bookmarks()).hasSize(1);
        assertThat(app.lookup("#bookmark-ribbon-left").query().isVisible()).as("the place's page is bookmarked").isTrue();
        assertThat(app.lookup("#bookmark-ribbon-right").query().isVisible()).isFalse();
        var marks = app.reader().marks();
        app.onFx(() -> marks.setNote(marks.book().highlightsTouching(selected).get(0).id(), "a note"));
        javafx.scene.Node dot = app.lookup(".note-marker").query();
        double before = dot.localToScene(dot.getBoundsInLocal()).getMinY();
        app.type(KeyCode.DOWN);
        assertThat(app.lookup(".range-highlight-yellow").queryAll()).as("still drawn after scrolling").isNotEmpty();
        javafx.scene.Node moved = app.lookup(".note-marker").query();
        assertThat(moved.localToScene(moved.getBoundsInLocal()).getMinY()).as("the note's dot scrolls with its line")
                .isLessThan(before - 10);
        app.type(KeyCode.END);
        assertThat(app.lookup(".note-marker").queryAll()).as("far from its line, no dot").isEmpty();
        assertThat(app.lookup("#bookmark-ribbon-left").query().isVisible()).isFalse();
    }

    @Test
    void aSelectionIsExtendedWithShiftClickAfterScrolling() throws Exception {
        scrollMode();
        app.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        var first = app.reader().selection().selection().orElseThrow();
        app.type(KeyCode.SPACE).type(KeyCode.SPACE);
        javafx.scene.Node area = app.node(".page-area");
        javafx.geometry.Bounds box = area.localToScreen(area.getBoundsInLocal());
        app.press(KeyCode.SHIFT).clickOn(box.getMinX() + box.getWidth() / 2, box.getMinY() + box.getHeight() / 2)
                .release(KeyCode.SHIFT);
        var extended = app.reader().selection().selection().orElseThrow();
        assertThat(extended.start()).isEqualTo(first.start());
        assertThat(extended.end()).as("past the first screen's text").isGreaterThan(first.end());
    }

    @Test
    void aDragHeldBelowTheTextScrollsTheColumnAndTheSelectionFollowsExactly() throws Exception {
        ScrollModel scroll = scrollMode();
        var model = app.reader().model();
        javafx.scene.Node area = app.node(".page-area");
        javafx.geometry.Bounds box = area.localToScreen(area.getBoundsInLocal());
        Text firstRun = app.lookup(".page-text").queryAllAs(Text.class).stream()
                .filter(t -> t.localToScreen(t.getBoundsInLocal()).getMinY() >= box.getMinY())
                .min(java.util.Comparator.<Text>comparingDouble(t -> t.localToScreen(t.getBoundsInLocal()).getMinY())
                        .thenComparingDouble(t -> t.localToScreen(t.getBoundsInLocal()).getMinX()))
                .orElseThrow();
        javafx.geometry.Bounds word = firstRun.localToScreen(firstRun.getBoundsInLocal());
        ScrollColumn column = scroll.columnProperty().get();
        Anchor pressed = column.line(0).anchor();
        Anchor firstScreenEnd = model.textInView().orElseThrow().end();
        javafx.geometry.Point2D from = new javafx.geometry.Point2D(word.getMinX() + 0.5, word.getCenterY());
        // Past the right end of every line, below the text area (over the footer): held there.
        javafx.scene.Node footer = app.node("#reader-footer");
        double belowY = (box.getMaxY() + footer.localToScreen(footer.getBoundsInLocal()).getMaxY()) / 2;
        javafx.geometry.Point2D below = new javafx.geometry.Point2D(box.getMaxX() - 30, belowY);
        assertThat(belowY).as("the pointer is held below the text area").isGreaterThan(box.getMaxY() + 4);

        app.moveTo(from).press(MouseButton.PRIMARY);
        try {
            app.moveTo(from.add(8, 0)).moveTo(below);
            app.waitUntil(() -> scroll.topProperty().get() > 0.5 * scroll.viewport());
            assertThat(app.reader().selection().selection().orElseThrow().end())
                    .as("the selection grew past the first screen's text while the column moved")
                    .isGreaterThan(firstScreenEnd);
            double stillGoing = scroll.topProperty().get();
            app.waitUntil(() -> scroll.topProperty().get() > stillGoing + 20);
            app.moveTo(new javafx.geometry.Point2D(below.getX(), box.getMaxY() - 1)); // back inside, at the edge
            double[] back = new double[1];
            app.onFx(() -> back[0] = scroll.topProperty().get());
            app.waitForPulses(20); // the column moves once a frame while it scrolls by itself
            assertThat(scroll.topProperty().get()).as("the pointer came back: the column stops").isEqualTo(back[0]);
            app.moveTo(below);
            app.waitUntil(() -> scroll.topProperty().get() > back[0] + 20);
        } finally {
            app.release(MouseButton.PRIMARY);
        }
        double[] released = new double[1];
        app.onFx(() -> released[0] = scroll.topProperty().get());
        app.waitForPulses(20); // the column moves once a frame while it scrolls by itself
        double[] later = new double[1];
        app.onFx(() -> later[0] = scroll.topProperty().get());
        assertThat(later[0]).as("released: the column stops").isEqualTo(released[0]);

        var selected = app.reader().selection().selection().orElseThrow();
        assertThat(selected.start()).as("the press point").isEqualTo(pressed);
        ScrollColumn now = scroll.columnProperty().get();
        int bottom = now.lineAt(released[0] + scroll.viewport() - 0.5);
        java.util.List<Anchor> edgeLineEnds = new java.util.ArrayList<>();
        for (int i = Math.max(0, bottom - 1); i <= bottom; i++) {
            var line = now.line(i);
            edgeLineEnds.add(new Anchor(line.block(), line.runs().get(line.runs().size() - 1).end()));
        }
        assertThat(edgeLineEnds).as("the free end is the end of the line at the window's bottom edge")
                .contains(selected.end());

        app.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        assertThat(app.clipboard()).isEqualTo(authorsText(model.blockTexts(), pressed, selected.end()));
        assertThat(app.clipboard()).startsWith("A note before the first chapter.").contains("Chapter 1: The Crypt");
        assertThat(selected.end()).isGreaterThan(firstScreenEnd);
    }

    /** The author's characters between two places: each paragraph as written, a blank line between. */
    private static String authorsText(java.util.List<String> blocks, Anchor from, Anchor to) {
        StringBuilder text = new StringBuilder();
        for (int block = from.block(); block <= to.block(); block++) {
            String t = blocks.get(block);
            text.append(t, block == from.block() ? from.offset() : 0, block == to.block() ? to.offset() : t.length());
            if (block < to.block()) {
                text.append("\n\n");
            }
        }
        return text.toString();
    }

    @Test
    void switchingBackToPagesKeepsTheWordsAtTheTop() throws Exception {
        ScrollModel scroll = scrollMode();
        var model = app.reader().model();
        app.type(KeyCode.SPACE).type(KeyCode.SPACE).type(KeyCode.DOWN);
        Anchor place = model.anchor();
        ScrollColumn column = scroll.columnProperty().get();
        assertThat(place).isEqualTo(column.line(readingLine(scroll)).anchor());
        app.type(KeyCode.S);
        app.clickOn("#pages-one");
        app.type(KeyCode.ESCAPE);
        assertThat(scroll.active()).isFalse();
        Page page = model.paginationProperty().get().page(model.pageIndexProperty().get());
        assertThat(page.start()).isLessThanOrEqualTo(place);
        var last = page.lines().get(page.lines().size() - 1);
        assertThat(place).as("the scrolled place is on the page shown").isLessThan(new Anchor(last.block(), last.end()));
        assertThat(app.footer()).contains("Page ");

        app.type(KeyCode.S);
        app.clickOn("#pages-scroll");
        app.type(KeyCode.ESCAPE);
        assertThat(model.anchor()).isEqualTo(place);
        assertThat(scroll.columnProperty().get().line(readingLine(scroll)).anchor()).isEqualTo(place);
        app.close();
        String json = Files.readString(config.resolve("settings.json"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"pageMode\" : \"SCROLL\"");
    }

    /** Scroll mode preset in the settings file, as a reader who chose it before would have it. */
    private ScrollModel scrollModeFromTheStart(Path story) throws Exception {
        Files.writeString(config.resolve("settings.json"), "{\"schemaVersion\":1,\"reading\":{\"pageMode\":\"SCROLL\"}}");
        launch(story.toString());
        app.type(KeyCode.ENTER);
        ScrollModel scroll = app.reader().scroll();
        assertThat(scroll.active()).isTrue();
        return scroll;
    }

    private static Path threeChapters() throws Exception {
        return Path.of(ScrollModeIT.class.getResource("/stories/three-chapters.md").toURI());
    }

    @Test
    void theLastChapterOfAShortStoryHeadsTheScreenAndTheFooterNamesTheChapterShown() throws Exception {
        ScrollModel scroll = scrollModeFromTheStart(threeChapters());
        var model = app.reader().model();
        var third = model.chapters().list().get(2);
        ScrollColumn column = scroll.columnProperty().get();
        int heading = column.lineIndexOf(third.start());
        assertThat(column.height() - column.top(heading)).as("the last chapter is shorter than the window")
                .isLessThan(scroll.viewport() / 2);
        app.press(KeyCode.CONTROL).type(KeyCode.PAGE_DOWN).type(KeyCode.PAGE_DOWN).release(KeyCode.CONTROL);
        assertThat(column.line(readingLine(scroll)).anchor()).as("its heading is the first line shown")
                .isEqualTo(third.start());
        assertThat(app.footer()).startsWith("Ch. 3  \u00b7  ");
        Text title = app.lookup(".page-text").queryAllAs(Text.class).stream()
                .filter(t -> t.getText().contains("Door")).findFirst().orElseThrow();
        javafx.scene.Node area = app.node(".page-area");
        double y = title.localToScene(title.getLayoutBounds()).getMinY() - area.localToScene(0, 0).getY();
        assertThat(y).as("the heading is at the top of the window").isBetween(0.0, 60.0);

        app.type(KeyCode.UP);
        assertThat(app.footer()).as("a line of chapter 2 on top").startsWith("Ch. 2  \u00b7  ");
        app.type(KeyCode.END);
        assertThat(column.line(readingLine(scroll)).anchor()).isEqualTo(third.start());
        assertThat(app.footer()).startsWith("Ch. 3  \u00b7  ").contains("100%");
        app.press(KeyCode.CONTROL).type(KeyCode.PAGE_UP).release(KeyCode.CONTROL);
        assertThat(app.footer()).as("back to chapter 2's heading").startsWith("Ch. 2  \u00b7  ");
        assertThat(column.line(readingLine(scroll)).anchor()).isEqualTo(model.chapters().list().get(1).start());
    }

    @Test
    void aDragHeldAboveTheTextScrollsTheColumnUpAndTheSelectionGrowsBackwards() throws Exception {
        ScrollModel scroll = scrollMode();
        var model = app.reader().model();
        // Room above the window for the pointer: the window sits lower on the screen.
        app.onFx(() -> app.stage.setY(200));
        for (int i = 0; i < 4; i++) {
            app.type(KeyCode.SPACE);
        }
        double startTop = scroll.topProperty().get();
        assertThat(startTop).isGreaterThan(2 * scroll.viewport());
        Anchor firstScreenStart = model.textInView().orElseThrow().start();
        javafx.scene.Node area = app.node(".page-area");
        javafx.geometry.Bounds box = area.localToScreen(area.getBoundsInLocal());
        assertThat(box.getMinY()).as("the pointer can go above the window").isGreaterThan(100);
        // A word in the middle of the screen: the press point.
        Text middle = app.lookup(".page-text").queryAllAs(Text.class).stream()
                .filter(t -> t.getText().strip().length() > 3)
                .filter(t -> t.localToScreen(t.getBoundsInLocal()).getCenterY() > box.getMinY() + box.getHeight() / 2)
                .min(java.util.Comparator.<Text>comparingDouble(t -> t.localToScreen(t.getBoundsInLocal()).getMinY())
                        .thenComparingDouble(t -> t.localToScreen(t.getBoundsInLocal()).getMinX()))
                .orElseThrow();
        javafx.geometry.Bounds word = middle.localToScreen(middle.getBoundsInLocal());
        javafx.geometry.Point2D from = new javafx.geometry.Point2D(word.getMinX() + 0.5, word.getCenterY());
        // Left of every line (in the margin) and above the window: held there.
        javafx.geometry.Point2D above = new javafx.geometry.Point2D(box.getMinX() + 2, box.getMinY() - 40);
        TextRange pressScreen = model.textInView().orElseThrow();

        app.moveTo(from).press(MouseButton.PRIMARY);
        try {
            app.moveTo(from.add(0, -8)).moveTo(above);
            app.waitUntil(() -> scroll.topProperty().get() < startTop - 0.5 * scroll.viewport());
            var growing = app.reader().selection().selection().orElseThrow();
            assertThat(growing.start()).as("the selection reaches back before the first screen's text")
                    .isLessThan(firstScreenStart);
            double stillGoing = scroll.topProperty().get();
            app.waitUntil(() -> scroll.topProperty().get() < stillGoing - 20);
        } finally {
            app.release(MouseButton.PRIMARY);
        }
        double[] released = new double[1];
        app.onFx(() -> released[0] = scroll.topProperty().get());
        app.waitForPulses(20); // the column moves once a frame while it scrolls by itself
        assertThat(scroll.topProperty().get()).as("released: the column stops").isEqualTo(released[0]);

        var selected = app.reader().selection().selection().orElseThrow();
        ScrollColumn now = scroll.columnProperty().get();
        int edge = now.readingLine(released[0]);
        java.util.List<Anchor> edgeLineStarts = new java.util.ArrayList<>();
        for (int i = Math.max(0, edge - 1); i <= edge; i++) {
            edgeLineStarts.add(now.line(i).anchor());
        }
        assertThat(selected.start()).as("the free end is at the line on the window's top edge").isIn(edgeLineStarts);
        assertThat(pressScreen.contains(selected.end())).as("the press point stays the other end").isTrue();
        assertThat(selected.end()).isGreaterThan(pressScreen.start());
        app.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        assertThat(app.clipboard()).isEqualTo(authorsText(model.blockTexts(), selected.start(), selected.end()));
    }
}
