package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.marks.Mark;
import quire.place.TextRange;
import quire.ui.marks.MarkFilter;
import quire.ui.marks.MarksPanel;

/** The marks panel: listed in story order, go to one, delete and undo, filter, export and copy. */
class MarksPanelIT extends AppTestSupport {
    @TempDir
    Path exports;

    /** Highlights the first words of the first long paragraph at or after {@code block}. */
    private TextRange highlightIn(int block) {
        java.util.List<String> texts = app.reader().model().blockTexts();
        while (texts.get(block).length() < 40) {
            block++;
        }
        TextRange words = TextRange.inBlock(block, 0, 30);
        app.onFx(() -> app.reader().selection().select(words));
        app.type(KeyCode.H);
        return words;
    }

    @SuppressWarnings("unchecked")
    private ListView<Mark> list() {
        return (ListView<Mark>) app.node("#marks-list");
    }

    private MarksPanel panel() {
        return app.lookup(".overlay").queryAs(MarksPanel.class);
    }

    private void startWithMarks() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.reader().model().exactProperty().get());
        highlightIn(app.reader().model().blockTexts().size() / 2);
        app.type(KeyCode.B);
        highlightIn(2);
    }

    @Test
    void mListsMarksInStoryOrderAndEnterGoesToOne() throws Exception {
        startWithMarks();
        app.type(KeyCode.M);
        assertThat(list().getItems()).hasSize(3);
        assertThat(list().getItems()).extracting(m -> m.range().start()).isSorted();
        app.type(KeyCode.DOWN, KeyCode.DOWN);
        Mark chosen = list().getSelectionModel().getSelectedItem();
        app.type(KeyCode.ENTER);
        assertThat(app.showing("#marks-list")).isFalse();
        assertThat(app.reader().model().textInView().orElseThrow().contains(chosen.range().start())).isTrue();
    }

    @Test
    void deleteRemovesTheChosenMarkAndCtrlZBringsItBack() throws Exception {
        startWithMarks();
        app.type(KeyCode.M);
        Mark first = list().getItems().get(0);
        app.type(KeyCode.DELETE);
        assertThat(list().getItems()).hasSize(2).doesNotContain(first);
        assertThat(app.reader().marks().book().marks()).doesNotContain(first);
        app.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(list().getItems()).hasSize(3).contains(first);
    }

    @Test
    void ctrlZBringsBackEveryMarkRemovedOneByOneTheLatestFirst() throws Exception {
        startWithMarks();
        app.type(KeyCode.M);
        java.util.List<Mark> all = java.util.List.copyOf(list().getItems());
        app.type(KeyCode.DELETE, KeyCode.DELETE, KeyCode.DELETE);
        assertThat(list().getItems()).isEmpty();
        app.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(list().getItems()).containsExactly(all.get(2));
        assertThat(app.label("marks-status")).contains("Ctrl+Z again");
        app.press(KeyCode.CONTROL).type(KeyCode.Z).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(list().getItems()).containsExactlyElementsOf(all);
        assertThat(app.reader().marks().canUndoProperty().get()).isFalse();
    }

    @Test
    void theFilterShowsBookmarksOrHighlightsOrNotes() throws Exception {
        startWithMarks();
        app.type(KeyCode.M);
        app.onFx(() -> panel().show(MarkFilter.BOOKMARKS));
        assertThat(list().getItems()).hasSize(1).allMatch(m -> m instanceof quire.marks.Bookmark);
        app.onFx(() -> panel().show(MarkFilter.HIGHLIGHTS));
        assertThat(list().getItems()).hasSize(2);
        app.onFx(() -> panel().show(MarkFilter.NOTES));
        assertThat(list().getItems()).isEmpty();
    }

    @Test
    void exportWritesTheExactQuotesInStoryOrderAndCopyPutsTheSameOnTheClipboard() throws Exception {
        startWithMarks();
        TextRange late = app.reader().marks().book().highlights().get(1).range();
        TextRange early = app.reader().marks().book().highlights().get(0).range();
        app.type(KeyCode.M);
        Path file = exports.resolve("marks.md");
        boolean[] written = new boolean[1];
        app.onFx(() -> written[0] = panel().exportTo(file));
        assertThat(written[0]).isTrue();
        String markdown = Files.readString(file);
        String earlyQuote = "> " + quire.text.CopyText.of(app.reader().model().blockTexts(), early);
        String lateQuote = "> " + quire.text.CopyText.of(app.reader().model().blockTexts(), late);
        assertThat(markdown).contains(earlyQuote).contains(lateQuote).contains("## Bookmark, page 1 (");
        assertThat(markdown.indexOf(earlyQuote)).isLessThan(markdown.indexOf(lateQuote));
        app.clickOn("#marks-copy");
        assertThat(app.clipboard()).isEqualTo(markdown);
        assertThat(app.lookup("#marks-status").queryLabeled().getText()).contains("Copied");
    }

    @Test
    void anExportNamedJsonWritesWebAnnotationsWithTheirPages() throws Exception {
        startWithMarks();
        app.type(KeyCode.M);
        Path file = exports.resolve("marks.JSON");
        boolean[] written = new boolean[1];
        app.onFx(() -> written[0] = panel().exportTo(file));
        assertThat(written[0]).isTrue();
        com.fasterxml.jackson.databind.JsonNode items = com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
                .readTree(Files.readString(file)).get("first").get("items");
        assertThat(items).extracting(a -> a.get("motivation").asText())
                .containsExactly("bookmarking", "highlighting", "highlighting");
        assertThat(items.get(0).get("position").get("page").asInt()).isEqualTo(1);
        TextRange late = app.reader().marks().book().highlights().get(1).range();
        assertThat(items.get(2).get("target").get("selector").get(0).get("exact").asText())
                .isEqualTo(quire.text.CopyText.of(app.reader().model().blockTexts(), late));
        assertThat(items.get(2).get("position").get("page").asInt()).as("the page it is on")
                .isEqualTo(app.reader().model().paginationProperty().get().pageIndexOf(late.start()) + 1);
    }

    @Test
    void anExportThatCannotBeWrittenSaysWhy() throws Exception {
        startWithMarks();
        app.type(KeyCode.M);
        Path folderInTheWay = Files.createDirectory(exports.resolve("taken.md"));
        boolean[] written = {true};
        app.onFx(() -> written[0] = panel().exportTo(folderInTheWay));
        assertThat(written[0]).isFalse();
        assertThat(app.lookup("#marks-status").queryLabeled().getText()).startsWith("Could not write");
    }
}
