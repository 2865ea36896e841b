package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.place.Anchor;
import quire.ui.page.ReaderModel;

/** The app from double-click to last page, driven by keys and mouse as a reader would. */
class ReadingJourneyIT extends AppTestSupport {
    @TempDir
    Path dir;

    private String label(String id) {
        return app.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void firstScreenShowsTheStorysMetadataAndASensibleTitle() throws Exception {
        launch();
        assertThat(app.stage.getTitle()).isEqualTo("Spike/Xander \u2014 Quire");
        app.onFx(() -> { });
        assertThat(app.stage.getIcons()).as("the book icon, in three sizes").hasSize(3)
                .allSatisfy(icon -> assertThat(icon.isError()).isFalse());
        assertThat(label("rating")).isEqualTo("Rated R overall");
        assertThat(label("warnings")).isEqualTo("Character death...sort of");
        assertThat(label("pairing")).isEqualTo("Spike/Xander, mentions of Spike, Buffy, Willow friendship");
        assertThat(label("summary")).startsWith("Ten years after Sunnydale's destruction");
        assertThat(label("notes")).startsWith("Written for [profile] fall_for_sx.");
        assertThat(app.showing("#title")).as("no invented title").isFalse();
        assertThat(app.showing("#author")).as("no invented author").isFalse();
        assertThat(app.showing(".reader")).as("story text hidden before consent").isFalse();
    }

    @Test
    void enterOpensTheFirstPageAndKeysTurnPages() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        assertThat(app.pageText()).startsWith("\u201cNow why would I need to settle,\u201d");
        String footer = app.footer();
        assertThat(footer).startsWith("Page 1 of ");
        int pages = Integer.parseInt(footer.replaceAll("Page 1 of (\\d+).*", "$1"));
        assertThat(pages).isGreaterThan(1);

        app.type(KeyCode.RIGHT);
        assertThat(app.footer()).startsWith("Page 2 of " + pages);
        app.type(KeyCode.PAGE_DOWN);
        app.type(KeyCode.DOWN);
        app.type(KeyCode.SPACE);
        assertThat(app.footer()).startsWith("Page " + Math.min(5, pages) + " of " + pages);
        app.type(KeyCode.LEFT);
        app.type(KeyCode.PAGE_UP);
        app.type(KeyCode.UP);
        app.press(KeyCode.SHIFT).type(KeyCode.SPACE).release(KeyCode.SHIFT);
        assertThat(app.footer()).startsWith("Page 1 of");
        app.type(KeyCode.END);
        assertThat(app.footer()).isEqualTo("Page " + pages + " of " + pages + "  \u00b7  100%  \u00b7  the end");
        // The last line may break after the ellipsis (the font decides), so compare across line ends.
        assertThat(app.pageText()).endsWith("here!\u2019")
                .containsIgnoringWhitespaces("Spike, her soul\u2026it\u2019s here!\u2019");
        app.type(KeyCode.HOME);
        assertThat(app.footer()).startsWith("Page 1 of");
        app.type(KeyCode.LEFT);
        assertThat(app.footer()).as("no page before the first").startsWith("Page 1 of");
    }

    @Test
    void mouseClicksOnTheOuterThirdsAndTheWheelTurnPages() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        Bounds area = app.node(".page-area").localToScreen(app.node(".page-area").getBoundsInLocal());
        double y = area.getMinY() + area.getHeight() / 2;
        // A click turns the page once it is sure not to be the first of a double-click.
        app.clickOn(area.getMaxX() - 20, y, MouseButton.PRIMARY);
        app.waitUntil(() -> app.footer().startsWith("Page 2 of"));
        app.clickOn(area.getMinX() + 20, y, MouseButton.PRIMARY);
        app.waitUntil(() -> app.footer().startsWith("Page 1 of"));
        app.clickOn(area.getMinX() + area.getWidth() / 2, y, MouseButton.PRIMARY);
        app.sleep(600);
        assertThat(app.footer()).as("the middle third does nothing").startsWith("Page 1 of");
        // Synthetic wheel events: Monocle's robot reverses the wheel's sign, JavaFX's own convention is
        // that a negative delta is the wheel turned towards the reader.
        // A burst is sent in one go, so a busy machine cannot stretch it past the wheel's lock.
        app.onFx(() -> {
            for (int notch = 0; notch < 4; notch++) {
                AppDriver.wheel(app.node(".page-area"), -40);
            }
        });
        assertThat(app.footer()).as("a burst of wheel events turns one page").startsWith("Page 2 of");
        app.onFx(() -> AppDriver.wheel(app.node(".page-area"), 40));
        assertThat(app.footer()).startsWith("Page 1 of");
    }

    @Test
    void everyDrawnLineLiesInsideItsPage() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        int pages = app.reader().model().paginationProperty().get().pageCount();
        for (int i = 0; i < pages; i++) {
            Bounds page = app.node(".page").getBoundsInLocal();
            for (Text text : app.lookup(".page-text").queryAllAs(Text.class)) {
                Bounds b = text.getBoundsInParent();
                assertThat(b.getMinX()).isGreaterThanOrEqualTo(page.getMinX());
                assertThat(b.getMaxX()).as("'%s' on page %d", text.getText(), i + 1).isLessThanOrEqualTo(page.getMaxX());
                assertThat(b.getMaxY()).isLessThanOrEqualTo(page.getMaxY());
            }
            app.type(KeyCode.RIGHT);
        }
    }

    @Test
    void resizingKeepsTheFirstWordOfThePageOnScreen() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        app.type(KeyCode.RIGHT, 2);
        ReaderModel model = app.reader().model();
        Anchor before = model.anchor();
        String firstWord = app.pageText().split(" ")[0];
        app.onFx(() -> {
            app.stage.setWidth(640);
            app.stage.setHeight(480);
        });
        assertThat(model.anchor()).isEqualTo(before);
        var page = model.paginationProperty().get().page(model.pageIndexProperty().get());
        assertThat(page.start()).isLessThanOrEqualTo(before);
        assertThat(app.pageText()).contains(firstWord);
        app.onFx(() -> {
            app.stage.setWidth(1000);
            app.stage.setHeight(760);
        });
        assertThat(model.anchor()).isEqualTo(before);
        assertThat(app.pageText()).contains(firstWord);
    }

    @Test
    void escapeOnTheFirstScreenLeaves() throws Exception {
        launch();
        app.type(KeyCode.ESCAPE);
        assertThat(app.stage.isShowing()).isFalse();
    }

    @Test
    void enterOnAFocusedLeaveButtonLeaves() throws Exception {
        launch();
        app.onFx(() -> app.node("#leave").requestFocus());
        app.type(KeyCode.ENTER);
        assertThat(app.stage.isShowing()).isFalse();
    }

    @Test
    void ctrlQQuitsFromTheReader() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        app.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        assertThat(app.stage.isShowing()).isFalse();
    }

    @Test
    void anotherStoryFileOpensFromTheCommandLine() throws Exception {
        Path file = Files.writeString(dir.resolve("other.md"),
                "---\ntitle: A Quiet Night\nauthor: Someone\nrating: G\n---\nIt was *very* quiet.\n",
                StandardCharsets.UTF_8);
        launch(file.toString());
        assertThat(app.stage.getTitle()).isEqualTo("A Quiet Night \u2014 Quire");
        assertThat(label("title")).isEqualTo("A Quiet Night");
        assertThat(label("author")).isEqualTo("by Someone");
        app.clickOn("#start-reading");
        assertThat(app.pageText()).isEqualTo("It was  very  quiet.");
    }

    @Test
    void aBrokenFileShowsItsMessageInTheWindowAndOffersTheBundledStory() throws Exception {
        Path file = Files.write(dir.resolve("broken.md"), new byte[] {'a', (byte) 0xC3, '(', '\n'});
        launch(file.toString());
        assertThat(app.stage.isShowing()).isTrue();
        assertThat(app.stage.getTitle()).isEqualTo("Quire");
        String message = label("problem-message");
        assertThat(message).contains("broken.md").contains("line 1").contains("not UTF-8");
        app.type(KeyCode.ENTER);
        assertThat(label("pairing")).startsWith("Spike/Xander");
    }
}
