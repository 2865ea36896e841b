package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import quire.place.TextRange;
import quire.ui.panel.ScrollingCard;

/**
 * Every panel at the smallest window Quire allows, a small laptop's and a large monitor's: no label,
 * button or check box is drawn cut short with an ellipsis (they wrap or stack instead); a panel too
 * tall for the window scrolls inside its card, with the scroll bar inside the card, and its last row
 * can be scrolled into view; a mark's long quote wraps inside the marks list.
 */
class PanelsAtEverySizeIT extends AppTestSupport {
    private static final double[][] SIZES = {{480, 360}, {700, 760}, {2560, 1440}};

    private void resize(double[] size) throws Exception {
        app.onFx(() -> {
            app.stage.setWidth(size[0]);
            app.stage.setHeight(size[1]);
        });
        app.waitForPulses(3);
    }

    private void assertNothingCut(String what, double[] size) throws Exception {
        app.waitForPulses(3);
        assertThat(app.readOnFx(() -> KeyboardHelpIT.cutShort(app.stage.getScene().getRoot())))
                .as("%s at %sx%s: labels drawn with an ellipsis", what, size[0], size[1]).isEmpty();
    }

    @Test
    void theConsentScreenAndEveryPanelOverThePageShowTheirWordsWhole() throws Exception {
        launch();
        for (double[] size : SIZES) {
            resize(size);
            assertNothingCut("the consent screen", size);
        }
        app.type(KeyCode.ENTER);
        app.type(KeyCode.B); // a bookmark, so the marks panel lists a mark
        for (double[] size : SIZES) {
            resize(size);
            for (KeyCode key : List.of(KeyCode.S, KeyCode.F1, KeyCode.C, KeyCode.M, KeyCode.I, KeyCode.G)) {
                app.type(key);
                assertNothingCut("the panel of " + key, size);
                app.type(KeyCode.ESCAPE);
            }
            app.press(KeyCode.CONTROL);
            app.type(KeyCode.A);
            app.release(KeyCode.CONTROL);
            app.type(KeyCode.N);
            assertNothingCut("the note editor", size);
            app.type(KeyCode.ESCAPE);
        }
    }

    @Test
    void theProblemScreenShowsItsWordsWhole() throws Exception {
        launch(config.resolveSibling(config.getFileName() + "-missing.md").toString());
        for (double[] size : SIZES) {
            resize(size);
            assertNothingCut("the problem screen", size);
        }
    }

    private static final KeyCode[] PANELS = {KeyCode.S, KeyCode.F1, KeyCode.C, KeyCode.M, KeyCode.I, KeyCode.G};

    private static Bounds inScene(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    private static boolean within(Bounds inner, Bounds outer) {
        double slack = 0.5; // rounding of snapped coordinates
        return inner.getMinX() >= outer.getMinX() - slack && inner.getMaxX() <= outer.getMaxX() + slack
                && inner.getMinY() >= outer.getMinY() - slack && inner.getMaxY() <= outer.getMaxY() + slack;
    }

    /** The open panel's card: the rounded box the reader sees over the page. */
    private Parent card() {
        return (Parent) app.node(".overlay").lookup(".card");
    }

    /** The bar that scrolls the open panel (not a list's own bar inside it), where there is one. */
    private java.util.Optional<ScrollBar> panelBar() {
        return app.node(".overlay").lookupAll(".scroll-bar").stream().filter(ScrollBar.class::isInstance)
                .map(ScrollBar.class::cast).filter(bar -> bar.getParent() instanceof ScrollPane)
                .filter(bar -> bar.getOrientation() == Orientation.VERTICAL && bar.isVisible()).findFirst();
    }

    /**
     * What the reader sees of the card's last row after pressing End: the part of it inside the card's
     * scrolling view (or, for a card that does not scroll, inside the window).
     */
    private Bounds[] lastRowAndView() {
        Parent card = card();
        Bounds window = new BoundingBox(0, 0, app.stage.getScene().getWidth(), app.stage.getScene().getHeight());
        if (card instanceof ScrollingCard scrolling) {
            ScrollPane pane = scrolling.scrollPane();
            List<Node> rows = ((Parent) pane.getContent()).getChildrenUnmodifiable().stream().filter(Node::isManaged)
                    .toList();
            return new Bounds[] {inScene(rows.get(rows.size() - 1)), inScene(pane.lookup(".viewport")), window};
        }
        List<Node> rows = card.getChildrenUnmodifiable().stream().filter(Node::isManaged).toList();
        return new Bounds[] {inScene(rows.get(rows.size() - 1)), window, window};
    }

    @Test
    void aPanelTooTallForTheWindowScrollsInsideItsCardToItsLastRow() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        app.type(KeyCode.B);
        for (double[] size : SIZES) {
            resize(size);
            for (KeyCode key : PANELS) {
                app.type(key);
                app.waitForPulses(3);
                String what = String.format("the panel of %s at %sx%s", key, size[0], size[1]);
                Bounds card = app.readOnFx(() -> inScene(card()));
                java.util.Optional<Bounds> bar = app.readOnFx(() -> panelBar().map(PanelsAtEverySizeIT::inScene));
                bar.ifPresent(b -> assertThat(within(b, card)).as("%s: its scroll bar %s lies inside its card %s",
                        what, b, card).isTrue());
                bar.ifPresent(b -> assertThat(card.getMaxX() - b.getMaxX()).as("%s: the bar at the card's right edge",
                        what).isLessThan(8));
                if (size[1] == 360 && (key == KeyCode.S || key == KeyCode.F1 || key == KeyCode.I)) {
                    assertThat(bar).as("%s: too long for the window, it scrolls", what).isPresent();
                }
                app.type(KeyCode.END);
                app.waitForPulses(3);
                Bounds[] seen = app.readOnFx(this::lastRowAndView);
                assertThat(within(seen[0], seen[1]) && within(seen[1], seen[2]))
                        .as("%s: after End its last row %s is in view %s, in the window %s", what, seen[0], seen[1],
                                seen[2]).isTrue();
                app.type(KeyCode.ESCAPE);
            }
        }
    }

    @Test
    void aLongQuoteInTheMarksListWrapsToItsWholeWordsInTheSmallestWindow() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.reader().model().exactProperty().get());
        List<String> blocks = app.reader().model().blockTexts();
        int block = 0;
        while (blocks.get(block).length() < 300) {
            block++;
        }
        TextRange passage = TextRange.inBlock(block, 0, blocks.get(block).length());
        app.onFx(() -> app.reader().selection().select(passage));
        app.type(KeyCode.H);
        resize(SIZES[0]);
        app.type(KeyCode.M);
        app.waitForPulses(3);
        @SuppressWarnings("unchecked")
        ListView<quire.marks.Mark> list = (ListView<quire.marks.Mark>) app.node("#marks-list");
        Label quote = app.readOnFx(() -> (Label) list.lookup(".mark-quote"));
        String shown = app.readOnFx(quote::getText);
        String drawn = app.readOnFx(() -> quote.getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                .map(text -> ((Text) text).getText()).findFirst().orElse(""));
        List<String> quoteWords = List.of(blocks.get(block).strip().split("\\s+"));
        List<String> shownWords = List.of(shown.replace("\u2026", "").strip().split("\\s+"));
        assertThat(shownWords.size()).as("the quote's first words shown: %s", shown).isGreaterThan(12);
        assertThat(quoteWords.subList(0, shownWords.size())).as("the words shown are the quote's").isEqualTo(shownWords);
        assertThat(drawn).as("drawn by JavaFX as written, not cut short").isEqualTo(shown);
        Bounds text = app.readOnFx(() -> inScene(quote.lookup(".text")));
        Bounds label = app.readOnFx(() -> inScene(quote));
        Bounds listBounds = app.readOnFx(() -> inScene(list));
        assertThat(text.getHeight()).as("wrapped over several lines").isGreaterThan(3 * 14);
        assertThat(within(text, label)).as("its lines %s all inside the label %s", text, label).isTrue();
        assertThat(text.getMinX() >= listBounds.getMinX() && text.getMaxX() <= listBounds.getMaxX())
                .as("its lines %s inside the list's width %s", text, listBounds).isTrue();
        assertThat(app.readOnFx(() -> list.lookupAll(".scroll-bar").stream().map(ScrollBar.class::cast)
                .anyMatch(bar -> bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible())))
                .as("no sideways scrolling in the list").isFalse();
        assertThat(app.readOnFx(() -> list.lookupAll(".mark-cell").stream()
                .filter(cell -> ((javafx.scene.control.ListCell<?>) cell).getItem() != null).findFirst().orElseThrow()
                .getAccessibleHelp()))
                .as("the whole quote is the row's description").contains(blocks.get(block).strip());
    }

    @Test
    void tabbingToTheLastControlOfTheSettingsScrollsItIntoView() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        resize(SIZES[0]);
        app.type(KeyCode.S);
        Node done = app.node("#settings-done");
        app.type(KeyCode.TAB); // the panel opens at its top with Done focused: round the controls back to it
        for (int tab = 0; tab < 60 && !app.readOnFx(done::isFocused); tab++) {
            app.type(KeyCode.TAB);
        }
        assertThat(app.readOnFx(done::isFocused)).as("Tab reaches Done").isTrue();
        app.waitForPulses(3);
        Bounds[] seen = app.readOnFx(() -> new Bounds[] {inScene(done), inScene(((ScrollingCard) card()).scrollPane()
                .lookup(".viewport"))});
        assertThat(within(seen[0], seen[1])).as("Done %s in view %s", seen[0], seen[1]).isTrue();
    }

    @Test
    void aLongProblemScrollsInsideItsCardAndCutsNoButton() throws Exception {
        String folders = String.join("/", java.util.Collections.nCopies(12, "a-folder-with-a-rather-long-name"));
        launch(config.resolveSibling(folders).resolve("missing.md").toString());
        resize(SIZES[0]);
        assertNothingCut("the problem screen with a long file name", SIZES[0]);
        Parent card = (Parent) app.node(".problem-screen .card");
        assertThat(card).isInstanceOf(ScrollingCard.class);
        app.onFx(() -> ((ScrollingCard) card).scrollPane().setVvalue(1));
        app.waitForPulses(3);
        Bounds[] seen = app.readOnFx(() -> new Bounds[] {inScene(app.node("#problem-message").getParent()
                .getChildrenUnmodifiable().get(2)), inScene(((ScrollingCard) card).scrollPane().lookup(".viewport"))});
        assertThat(within(seen[0], seen[1])).as("the buttons %s in view %s", seen[0], seen[1]).isTrue();
    }

    @Test
    void everyMatchInTheMatchesListWrapsInsideTheListInTheSmallestWindow() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        resize(SIZES[0]);
        app.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        app.write("Spike");
        app.waitUntil(() -> !app.reader().search().matchesProperty().get().isEmpty());
        app.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.F).release(KeyCode.SHIFT, KeyCode.CONTROL);
        app.waitForPulses(3);
        ListView<?> list = app.lookup("#search-results").queryAs(ListView.class);
        Bounds listBounds = app.readOnFx(() -> inScene(list));
        List<Bounds> words = app.readOnFx(() -> list.lookupAll(".match-cell").stream()
                .map(cell -> ((javafx.scene.control.ListCell<?>) cell).getGraphic()).filter(java.util.Objects::nonNull)
                .map(row -> inScene(((Parent) row).getChildrenUnmodifiable().get(1))).toList());
        assertThat(words).as("matches shown").isNotEmpty();
        for (Bounds flow : words) {
            assertThat(flow.getMinX() >= listBounds.getMinX() && flow.getMaxX() <= listBounds.getMaxX())
                    .as("a match's words %s inside the list's width %s", flow, listBounds).isTrue();
        }
        assertThat(app.readOnFx(() -> list.lookupAll(".scroll-bar").stream().map(ScrollBar.class::cast)
                .anyMatch(bar -> bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible())))
                .as("no sideways scrolling in the list").isFalse();
    }

    @Test
    void longChapterTitlesWrapInTheContentsAndTheLastChapterCanBeReached() throws Exception {
        StringBuilder story = new StringBuilder("---\ntitle: Many chapters\n---\n\n");
        for (int chapter = 1; chapter <= 20; chapter++) {
            story.append("# Chapter ").append(chapter)
                    .append(": in which a rather long chapter title runs on past a small window\n\n")
                    .append("Words of the chapter. ".repeat(30)).append("\n\n");
        }
        java.nio.file.Path file = config.resolveSibling(config.getFileName() + "-chapters.md");
        java.nio.file.Files.writeString(file, story);
        launch(file.toString());
        app.type(KeyCode.ENTER);
        resize(SIZES[0]);
        app.type(KeyCode.C);
        app.type(KeyCode.END);
        app.waitForPulses(3);
        ListView<?> list = app.lookup("#contents").queryAs(ListView.class);
        Bounds listBounds = app.readOnFx(() -> inScene(list));
        List<javafx.scene.control.ListCell<?>> cells = app.readOnFx(() -> list.lookupAll(".chapter-cell").stream()
                .<javafx.scene.control.ListCell<?>>map(cell -> (javafx.scene.control.ListCell<?>) cell)
                .filter(cell -> cell.getItem() != null).toList());
        for (javafx.scene.control.ListCell<?> cell : cells) {
            Bounds row = app.readOnFx(() -> inScene(cell.getGraphic()));
            assertThat(row.getMinX() >= listBounds.getMinX() && row.getMaxX() <= listBounds.getMaxX())
                    .as("a chapter's row %s inside the list's width %s", row, listBounds).isTrue();
        }
        javafx.scene.control.ListCell<?> last = cells.stream().filter(cell -> cell.getIndex() == 19).findFirst()
                .orElseThrow(() -> new AssertionError("the last chapter is not drawn after End"));
        Bounds lastRow = app.readOnFx(() -> inScene(last));
        assertThat(lastRow.getMinY() >= listBounds.getMinY() && lastRow.getMaxY() <= listBounds.getMaxY() + 0.5)
                .as("the last chapter %s in the list's view %s", lastRow, listBounds).isTrue();
        assertNothingCut("the contents with long titles", SIZES[0]);
        assertThat(app.readOnFx(() -> list.lookupAll(".scroll-bar").stream().map(ScrollBar.class::cast)
                .anyMatch(bar -> bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible())))
                .as("no sideways scrolling in the list").isFalse();
    }

    @Test
    void askAgainBesideBackToTheStoryWrapsInTheSmallestWindow() throws Exception {
        launch();
        app.clickOn("#dont-ask-again");
        app.type(KeyCode.ENTER);
        resize(SIZES[0]);
        app.type(KeyCode.I);
        assertThat(app.showing("#ask-again")).isTrue();
        assertNothingCut("the story info with Ask me again", SIZES[0]);
    }

    @Test
    void pageDownInATallPanelMovesItByAViewLessALine() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        resize(SIZES[0]);
        app.type(KeyCode.F1);
        app.waitForPulses(3);
        ScrollingCard card = (ScrollingCard) card();
        double view = app.readOnFx(() -> card.scrollPane().getViewportBounds().getHeight());
        Node title = app.node("#help").lookup(".story-title");
        double before = app.readOnFx(() -> inScene(title).getMinY());
        app.type(KeyCode.PAGE_DOWN);
        app.waitForPulses(3);
        double moved = before - app.readOnFx(() -> inScene(title).getMinY());
        assertThat(moved).as("Page Down moved the keys by %s in a view of %s", moved, view)
                .isBetween(view / 2, view);
        app.type(KeyCode.PAGE_UP);
        app.waitForPulses(3);
        assertThat(app.readOnFx(() -> inScene(title).getMinY())).as("Page Up goes back").isEqualTo(before);
    }
}
