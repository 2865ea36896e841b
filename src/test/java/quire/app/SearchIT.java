package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import quire.layout.Page;
import quire.place.TextRange;

/** Searching as a reader does: typed with straight quotes, found as the author wrote them. */
class SearchIT extends AppTestSupport {

    private String count() {
        return app.label("search-count");
    }

    private void waitForCount(String expected) throws Exception {
        app.waitUntil(() -> expected.equals(count()));
    }

    /** Waits for the answer to the query typed: "N of M" where M is the number of matches found. */
    private void waitForSomeMatches() throws Exception {
        app.waitUntil(() -> !app.reader().search().matchesProperty().get().isEmpty()
                && count().endsWith(" of " + app.reader().search().matchesProperty().get().size()));
    }

    private TextRange current() {
        var search = app.reader().search();
        return search.matchesProperty().get().get(search.currentProperty().get());
    }

    private boolean inView(TextRange range) {
        var model = app.reader().model();
        for (int i = model.pageIndexProperty().get(); i <= model.lastInView(); i++) {
            Page page = model.paginationProperty().get().page(i);
            var last = page.lines().get(page.lines().size() - 1);
            if (page.start().compareTo(range.start()) <= 0
                    && range.start().compareTo(new quire.place.Anchor(last.block(), last.end())) < 0) {
                return true;
            }
        }
        return false;
    }

    private String matchedText(TextRange range) {
        return app.reader().model().blockTexts().get(range.start().block())
                .substring(range.start().offset(), range.end().offset());
    }

    @Test
    void aStraightApostropheFindsTheCurlyOneAndEnterWalksThroughTheMatches() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        app.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        app.write("can't");
        waitForCount("1 of 4");
        assertThat(matchedText(current())).isEqualTo("Can\u2019t");
        assertThat(app.lookup(".range-current-hit").queryAll()).hasSize(1);
        assertThat(app.lookup(".range-search-hit").queryAll()).as("every match on the page").hasSize(3);

        app.type(KeyCode.ENTER);
        waitForCount("2 of 4");
        app.type(KeyCode.ENTER).type(KeyCode.ENTER);
        waitForCount("4 of 4");
        assertThat(matchedText(current())).isEqualTo("can\u2019t");
        assertThat(inView(current())).as("the page turned to the match").isTrue();
        assertThat(app.footer()).startsWith("Page 2 of");
        app.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        waitForCount("3 of 4");
        app.type(KeyCode.F3);
        waitForCount("4 of 4");
        app.type(KeyCode.F3);
        waitForCount("1 of 4");
        app.press(KeyCode.SHIFT).type(KeyCode.F3).release(KeyCode.SHIFT);
        waitForCount("4 of 4");

        app.type(KeyCode.T);
        assertThat(app.stage.getScene().getRoot().getStyleClass()).as("typing goes to the field").contains("theme-light");

        app.type(KeyCode.ESCAPE);
        assertThat(app.showing("#search-bar")).isFalse();
        assertThat(app.lookup(".range-search-hit").queryAll()).isEmpty();
        assertThat(app.footer()).as("the reader stays on the last match's page").startsWith("Page 2 of");
        app.type(KeyCode.RIGHT);
        assertThat(app.footer()).as("page keys work again").startsWith("Page 3 of");
    }

    @Test
    void quotesDashesAndEllipsesAreFoundAsTypedAndNonsenseIsNot() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        app.type(KeyCode.SLASH);
        app.write("\"Now");
        waitForCount("1 of 1");
        assertThat(matchedText(current())).isEqualTo("\u201cNow");
        app.push(KeyCode.CONTROL, KeyCode.A).write("zzqx");
        waitForCount("No matches");
        app.push(KeyCode.CONTROL, KeyCode.A).write("soul...");
        waitForSomeMatches();
        assertThat(app.reader().search().matchesProperty().get()).extracting(this::matchedText)
                .allSatisfy(text -> assertThat(text).isEqualToIgnoringCase("soul\u2026"));
    }

    @Test
    void theListOfAllMatchesJumpsToTheChosenOne() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        app.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        app.write("xander");
        app.waitUntil(() -> count().startsWith("1 of "));
        int total = app.reader().search().matchesProperty().get().size();
        app.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.F).release(KeyCode.SHIFT, KeyCode.CONTROL);
        ListView<?> list = app.lookup("#search-results").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(total);
        assertThat(app.label("search-results-title")).isEqualTo(total + " matches for \u201cxander\u201d");
        assertThat(app.lookup(".match-page").queryAll()).isNotEmpty();
        for (int i = 0; i < total - 1; i++) {
            app.type(KeyCode.DOWN);
        }
        app.type(KeyCode.ENTER);
        assertThat(app.showing("#search-results")).isFalse();
        waitForCount(total + " of " + total);
        assertThat(inView(current())).isTrue();
        assertThat(app.reader().search().matchesProperty().get()).extracting(this::matchedText)
                .allSatisfy(text -> assertThat(text).isEqualToIgnoringCase("xander"));
    }

    @Test
    void searchingForTheSelectionFillsTheBar() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        List<String> blocks = app.reader().model().blockTexts();
        int at = blocks.get(0).indexOf("Vampire");
        app.onFx(() -> app.reader().selection().select(TextRange.inBlock(0, at, at + 7)));
        app.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        waitForSomeMatches();
        assertThat(app.reader().search().queryProperty().get()).isEqualTo("Vampire");
    }
}
