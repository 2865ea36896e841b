package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.Test;
import quire.marks.Bookmark;
import quire.marks.Highlight;
import quire.marks.MarkColour;
import quire.place.Anchor;
import quire.place.TextRange;

/** Bookmarks and highlights made with the keys, drawn on the page, removed and brought back, kept. */
class MarksIT extends AppTestSupport {

    private void startReading() throws Exception {
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.reader().model().exactProperty().get());
    }

    /** The first words of the page's first full paragraph line, as a range. */
    private TextRange wordsOnPage() {
        Anchor start = app.reader().model().textInView().orElseThrow().start();
        String text = app.reader().model().blockTexts().get(start.block());
        int to = Math.min(text.length(), start.offset() + 20);
        return TextRange.inBlock(start.block(), start.offset(), to);
    }

    private void select(TextRange range) {
        app.onFx(() -> app.reader().selection().select(range));
    }

    private List<Highlight> highlights() {
        return app.reader().marks().book().highlights();
    }

    private long drawn(String styleClass) {
        return app.lookup("." + styleClass).queryAll().stream().filter(Node::isVisible)
                .filter(Rectangle.class::isInstance).count();
    }

    private void ctrl(KeyCode key) {
        app.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    @Test
    void bTogglesTheBookmarkOfThePageAndItsRibbon() throws Exception {
        launch();
        startReading();
        assertThat(app.node("#bookmark-ribbon-left").isVisible()).isFalse();
        app.type(KeyCode.B);
        assertThat(app.node("#bookmark-ribbon-left").isVisible()).isTrue();
        List<Bookmark> bookmarks = app.reader().marks().book().bookmarks();
        assertThat(bookmarks).singleElement().satisfies(b ->
                assertThat(b.range().start()).isEqualTo(app.reader().model().textInView().orElseThrow().start()));
        app.type(KeyCode.RIGHT);
        assertThat(app.node("#bookmark-ribbon-left").isVisible()).isFalse();
        app.type(KeyCode.LEFT);
        assertThat(app.node("#bookmark-ribbon-left").isVisible()).isTrue();
        ctrl(KeyCode.D);
        assertThat(app.reader().marks().book().bookmarks()).isEmpty();
        assertThat(app.node("#bookmark-ribbon-left").isVisible()).isFalse();
    }

    @Test
    void hHighlightsTheSelectionThenCyclesItsColourAndDeleteAndUndoWork() throws Exception {
        launch();
        startReading();
        TextRange words = wordsOnPage();
        select(words);
        app.type(KeyCode.H);
        assertThat(highlights()).singleElement().satisfies(h -> {
            assertThat(h.range()).isEqualTo(words);
            assertThat(h.colour()).isEqualTo(MarkColour.YELLOW);
        });
        assertThat(app.reader().selection().selection()).isEmpty();
        assertThat(drawn("range-highlight-yellow")).isPositive();
        app.type(KeyCode.H);
        assertThat(highlights().get(0).colour()).isEqualTo(MarkColour.GREEN);
        assertThat(drawn("range-highlight-yellow")).isZero();
        assertThat(drawn("range-highlight-green")).isPositive();
        app.type(KeyCode.DELETE);
        assertThat(highlights()).isEmpty();
        assertThat(drawn("range-highlight-green")).isZero();
        ctrl(KeyCode.Z);
        assertThat(highlights()).singleElement().extracting(Highlight::range).isEqualTo(words);
        assertThat(drawn("range-highlight-green")).isPositive();
        select(TextRange.inBlock(words.start().block(), words.start().offset() + 2, words.start().offset() + 4));
        app.type(KeyCode.BACK_SPACE);
        assertThat(highlights()).isEmpty();
    }

    @Test
    void aHighlightAcrossAPageTurnIsDrawnOnBothPages() throws Exception {
        launch();
        startReading();
        var model = app.reader().model();
        var pages = model.paginationProperty().get();
        int last = model.lastInView();
        Anchor nextStart = pages.page(last + 1).start();
        var lastLines = pages.page(last).lines();
        var line = lastLines.get(lastLines.size() - 1);
        TextRange across = new TextRange(new Anchor(line.block(), line.start()),
                new Anchor(nextStart.block(), nextStart.offset() + 5));
        select(across);
        app.type(KeyCode.H);
        assertThat(drawn("range-highlight-yellow")).isPositive();
        for (int i = 0; i < model.pagesInView(); i++) {
            app.type(KeyCode.RIGHT);
        }
        assertThat(drawn("range-highlight-yellow")).isPositive();
    }

    @Test
    void marksAreKeptAcrossARestartAndDrawnInTheSamePlaces() throws Exception {
        launch();
        startReading();
        app.type(KeyCode.B);
        TextRange words = wordsOnPage();
        select(words);
        app.type(KeyCode.H);
        app.type(KeyCode.H);
        List<?> before = app.reader().marks().book().marks();
        app.close();

        launch();
        startReading();
        app.waitUntil(() -> !app.reader().marks().book().marks().isEmpty());
        assertThat(app.reader().marks().book().marks()).isEqualTo(before);
        assertThat(drawn("range-highlight-green")).isPositive();
        assertThat(app.node("#bookmark-ribbon-left").isVisible()).isTrue();
    }

    @Test
    void aDamagedMarksFileIsSetAsideWithANoticeAndReadingGoesOn() throws Exception {
        launch();
        startReading();
        app.type(KeyCode.B);
        app.close();
        java.nio.file.Path folder = config.resolve("marks");
        java.nio.file.Path file;
        try (var files = java.nio.file.Files.list(folder)) {
            file = files.findFirst().orElseThrow();
        }
        java.nio.file.Files.writeString(file, "{ not json");
        launch();
        startReading();
        app.waitUntil(() -> app.lookup(".notice").tryQuery().isPresent());
        assertThat(app.reader().marks().book().marks()).isEmpty();
        try (var files = java.nio.file.Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.contains(".broken-"));
        }
    }

    @Test
    void nWritesANoteOnTheSelectionWithAMarkerInTheMarginAndEscLeavesItAsItWas() throws Exception {
        launch();
        startReading();
        TextRange words = wordsOnPage();
        select(words);
        app.type(KeyCode.N);
        assertThat(app.showing("#note-text")).isTrue();
        assertThat(highlights()).singleElement().extracting(Highlight::range).isEqualTo(words);
        app.write("Quote this to the author");
        app.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        assertThat(app.showing("#note-text")).isFalse();
        assertThat(highlights().get(0).note()).isEqualTo("Quote this to the author");
        assertThat(app.lookup(".note-marker").queryAll()).hasSize(1);

        app.clickOn(app.lookup(".note-marker").<Node>query(), javafx.scene.input.MouseButton.PRIMARY);
        assertThat(app.showing("#note-text")).isTrue();
        app.write(" and more");
        app.type(KeyCode.ESCAPE);
        assertThat(app.showing("#note-text")).isFalse();
        assertThat(highlights().get(0).note()).isEqualTo("Quote this to the author");

        app.type(KeyCode.N);
        app.clickOn("#note-text");
        app.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.BACK_SPACE);
        app.clickOn("#note-save");
        assertThat(highlights()).singleElement().satisfies(h -> assertThat(h.hasNote()).isFalse());
        assertThat(app.lookup(".note-marker").queryAll()).isEmpty();
    }

    @Test
    void aPastedNoteStopsAtItsLongestAndTheCountTakesTheKeysPlace() throws Exception {
        launch();
        startReading();
        select(wordsOnPage());
        app.type(KeyCode.N);
        assertThat(app.label("note-hint")).isEqualTo("Ctrl+Enter saves, Esc cancels");
        app.onFx(() -> {
            var paste = new javafx.scene.input.ClipboardContent();
            paste.putString("a".repeat(Highlight.MAX_NOTE_LENGTH + 500));
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(paste);
        });
        ctrl(KeyCode.V);
        app.type(KeyCode.Z);
        TextArea note = app.lookup("#note-text").queryAs(TextArea.class);
        assertThat(note.getLength()).isEqualTo(Highlight.MAX_NOTE_LENGTH);
        assertThat(app.label("note-hint")).isEqualTo(String.format("%,d characters: the note is full", Highlight.MAX_NOTE_LENGTH));

        app.type(KeyCode.BACK_SPACE);
        assertThat(app.label("note-hint")).isEqualTo(
                String.format("%,d of %,d characters", Highlight.MAX_NOTE_LENGTH - 1, Highlight.MAX_NOTE_LENGTH));
        app.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        assertThat(highlights()).singleElement().satisfies(h -> assertThat(h.note()).hasSize(Highlight.MAX_NOTE_LENGTH - 1));
    }
}
