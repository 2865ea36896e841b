package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** A story in chapters: the contents panel, the chapter keys and a footer that names the chapter. */
class ChaptersIT extends AppTestSupport {

    private Path story() throws Exception {
        StringBuilder md = new StringBuilder("---\ntitle: \"Lanterns\"\nrating: \"G\"\n---\n\nA note before the first chapter.\n\n");
        for (int c = 1; c <= 4; c++) {
            md.append("# Chapter ").append(c).append(": The ").append(c == 1 ? "Crypt" : "Road " + c).append("\n\n");
            for (int p = 0; p < 12; p++) {
                md.append("Spike saw Xander\u2019s eyes widen. The truth, Spike reflected, was always more dangerous "
                        + "than a lie, and they had prepared for a showdown all the same.\n\n");
            }
        }
        Path file = config.resolveSibling(config.getFileName() + "-lanterns.md");
        Files.writeString(file, md);
        return file;
    }

    @Test
    void theContentsListEveryChapterAndGoToTheChosenOne() throws Exception {
        launch(story().toString());
        assertThat(app.label("stats")).contains("4 chapters");
        app.type(KeyCode.ENTER);
        app.type(KeyCode.C);
        ListView<?> list = app.lookup("#contents").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(4);
        assertThat(app.lookup(".chapter-title-current").tryQuery()).as("the note before chapter 1 is in none").isEmpty();
        app.type(KeyCode.DOWN, 2).type(KeyCode.ENTER);
        assertThat(app.showing("#contents")).isFalse();
        var model = app.reader().model();
        assertThat(model.byChapter().current().orElseThrow().number()).isEqualTo(3);
        var pages = model.paginationProperty().get();
        assertThat(pages.page(model.pageIndexProperty().get()).start())
                .isEqualTo(model.chapters().list().get(2).start());
        assertThat(app.footer()).startsWith("Ch. 3  \u00b7  Page ").endsWith("left in chapter");
    }

    @Test
    void chapterKeysTurnToChapterStartsAndTheFooterNeverClips() throws Exception {
        launch(story().toString());
        app.type(KeyCode.ENTER);
        var model = app.reader().model();
        app.press(KeyCode.CONTROL).type(KeyCode.PAGE_DOWN).type(KeyCode.PAGE_DOWN).release(KeyCode.CONTROL);
        assertThat(model.byChapter().current().orElseThrow().number()).isEqualTo(2);
        app.type(KeyCode.RIGHT);
        app.press(KeyCode.CONTROL).type(KeyCode.PAGE_UP).release(KeyCode.CONTROL);
        assertThat(model.paginationProperty().get().page(model.pageIndexProperty().get()).start())
                .isEqualTo(model.chapters().list().get(1).start());
        for (double width : new double[] {1100, 700, 480}) {
            app.onFx(() -> app.stage.setWidth(width));
            javafx.scene.control.Label footer = app.lookup("#reader-footer").queryAs(javafx.scene.control.Label.class);
            var probe = new javafx.scene.text.Text(footer.getText());
            probe.setFont(footer.getFont());
            assertThat(footer.getText()).as("at %s px", width).doesNotContain("\u2026").startsWith("Ch. 2");
            assertThat(probe.getLayoutBounds().getWidth()).isLessThanOrEqualTo(footer.getWidth() + 0.5);
        }
    }

    @Test
    void chaptersRunOnWhenTheReaderTurnsOffNewPages() throws Exception {
        launch(story().toString());
        app.type(KeyCode.ENTER);
        var model = app.reader().model();
        int apart = model.paginationProperty().get().pageCount();
        app.type(KeyCode.S);
        app.clickOn("#chapter-new-page");
        app.type(KeyCode.ESCAPE);
        int together = model.paginationProperty().get().pageCount();
        assertThat(together).as("no page is left part-empty before a chapter").isLessThan(apart);
        var pages = model.paginationProperty().get();
        // Each later chapter starts part-way down a page, or on the page after a full one: at most the room
        // a heading needs with its space above and two lines of its first paragraph kept with it is left.
        double room = pages.spec().contentHeight();
        for (var chapter : model.chapters().list().subList(1, model.chapters().list().size())) {
            int index = pages.pageIndexOf(chapter.start());
            if (pages.page(index).start().equals(chapter.start())) {
                var before = pages.page(index - 1).lines();
                var last = before.get(before.size() - 1);
                double lineHeight = last.height();
                assertThat(last.top() + last.height()).as("the page before %s is full", chapter.title())
                        .isGreaterThan(room - 7 * lineHeight);
            }
        }
    }
}
