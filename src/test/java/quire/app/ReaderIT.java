package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import quire.place.Anchor;

/** Reading-view features: spreads, go to page, text size and theme keys, and a remembered place. */
class ReaderIT extends AppTestSupport {
    private String firstWord() {
        return app.pageText().strip().split(" ")[0];
    }

    @Test
    void aWideWindowShowsTwoPagesAndTurnsTwoAtATime() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        app.onFx(() -> app.stage.setWidth(1600));
        assertThat(app.footer()).startsWith("Pages 1\u20132 of ");
        app.type(KeyCode.RIGHT);
        assertThat(app.footer()).startsWith("Pages 3\u20134 of ");
        app.onFx(() -> app.stage.setWidth(800));
        assertThat(app.footer()).startsWith("Page ").doesNotStartWith("Pages");
    }

    @Test
    void goToPageByNumberOrPercent() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        int count = app.reader().model().paginationProperty().get().pageCount();
        app.type(KeyCode.G);
        app.write("3").type(KeyCode.ENTER);
        assertThat(app.footer()).startsWith("Page 3 of " + count);
        app.type(KeyCode.G);
        app.write("100%").type(KeyCode.ENTER);
        assertThat(app.footer()).startsWith("Page " + count + " of " + count);
        app.type(KeyCode.G);
        app.write("nonsense").type(KeyCode.ENTER);
        assertThat(app.label("go-to-page-error")).contains("Type a page from 1 to " + count);
        app.type(KeyCode.ESCAPE);
        assertThat(app.showing("#go-to-page")).isFalse();
        assertThat(app.footer()).startsWith("Page " + count);
    }

    @Test
    void biggerTextKeepsTheFirstWordOnScreen() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        // A window of a known size: in one as tall as the headless screen allows, the short story could
        // take as many pages at the bigger size as at the default one.
        app.onFx(() -> {
            app.stage.setWidth(900);
            app.stage.setHeight(700);
        });
        app.type(KeyCode.RIGHT, 2);
        Anchor before = app.reader().model().anchor();
        String word = firstWord();
        int pagesBefore = app.reader().model().paginationProperty().get().pageCount();
        app.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertThat(app.reader().model().paginationProperty().get().pageCount()).isGreaterThan(pagesBefore);
        assertThat(app.reader().model().anchor()).isEqualTo(before);
        assertThat(app.pageText()).contains(word);
        app.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertThat(app.reader().model().paginationProperty().get().pageCount()).isEqualTo(pagesBefore);
    }

    @Test
    void tCyclesTheThemesOnEveryScreen() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        var root = app.stage.getScene().getRoot();
        assertThat(root.getStyleClass()).contains("theme-light");
        app.type(KeyCode.T);
        assertThat(root.getStyleClass()).contains("theme-sepia").doesNotContain("theme-light");
        app.type(KeyCode.T);
        assertThat(root.getStyleClass()).contains("theme-dark");
        app.type(KeyCode.T);
        assertThat(root.getStyleClass()).contains("theme-black");
        assertThat(root.getStyle()).contains("-quire-page: #000000");
        app.type(KeyCode.T);
        assertThat(root.getStyleClass()).contains("theme-light");
    }

    @Test
    void aRestartReopensAtTheSamePageWithTheSameSettings() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        app.type(KeyCode.T);
        app.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        app.type(KeyCode.RIGHT, 2);
        String footer = app.footer();
        String word = firstWord();
        app.close();

        launch();
        app.type(KeyCode.ENTER);
        assertThat(app.stage.getScene().getRoot().getStyleClass()).contains("theme-sepia");
        assertThat(app.footer()).isEqualTo(footer);
        assertThat(firstWord()).isEqualTo(word);
    }

    @Test
    void helpListsTheKeysAndEscapeClosesIt() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        app.type(KeyCode.F1);
        assertThat(app.showing("#help")).isTrue();
        app.type(KeyCode.RIGHT);
        assertThat(app.footer()).as("keys go to the panel, not the pages").startsWith("Page 1 of");
        app.type(KeyCode.ESCAPE);
        assertThat(app.showing("#help")).isFalse();
    }
}
