package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import quire.place.Anchor;
import quire.place.TextRange;
import quire.marks.Highlight;
import quire.marks.Mark;

/**
 * The reader's own story file, edited between two readings, in the real app: the highlight is drawn on
 * its own words again and the place is kept; a changed rating asks again and says why; a mark whose
 * words were cut is listed as not found and can be placed on a selection.
 */
class ChangedStoryIT extends AppTestSupport {
    private static final String MARKED = "grateful he didn\u2019t have a heartbeat";

    private Path story() throws Exception {
        Path file = config.resolveSibling("story.md");
        try (var in = ChangedStoryIT.class.getResourceAsStream("/story/story.md")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private static void edit(Path file, String from, String to) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private void startReading() throws Exception {
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.reader().model().exactProperty().get());
    }

    private TextRange rangeOf(String words) {
        var blocks = app.reader().model().blockTexts();
        for (int block = 0; block < blocks.size(); block++) {
            int at = blocks.get(block).indexOf(words);
            if (at >= 0) {
                return TextRange.inBlock(block, at, at + words.length());
            }
        }
        throw new AssertionError("not in the story: " + words);
    }

    /** Highlights {@link #MARKED}, then goes to the next page: the place to come back to. */
    private String markAndMoveOn() throws Exception {
        TextRange words = rangeOf(MARKED);
        app.onFx(() -> app.reader().selection().select(words));
        app.type(KeyCode.H);
        app.type(KeyCode.RIGHT);
        app.waitUntil(() -> app.reader().model().pageIndexProperty().get() == 1);
        return wordsAtPlace();
    }

    /** The first words at the reader's place (the anchor, not the first words of the page holding it). */
    private String wordsAtPlace() {
        Anchor place = app.reader().model().anchor();
        String text = app.reader().model().blockTexts().get(place.block()).substring(place.offset());
        return text.substring(0, Math.min(20, text.length()));
    }

    @Test
    void aTypoFixedAndAParagraphAddedKeepTheHighlightOnItsWordsAndThePlace() throws Exception {
        Path file = story();
        launch(file.toString());
        startReading();
        String place = markAndMoveOn();
        app.close();
        edit(file, "a puff smoke", "a puff of smoke");
        edit(file, "---\n\n", "---\n\nA foreword the author added to the story later, before its first words.\n\n");
        launch(file.toString());
        startReading();
        app.waitUntil(() -> !app.reader().marks().book().marks().isEmpty());
        Mark mark = app.reader().marks().book().marks().get(0);
        assertThat(mark.found()).isTrue();
        assertThat(mark.range()).isEqualTo(rangeOf(MARKED));
        assertThat(mark.range().start().block()).as("moved down by the new paragraph").isPositive();
        assertThat(wordsAtPlace()).isEqualTo(place);
    }

    @Test
    void aRatingChangedSinceDontAskAgainShowsTheConsentScreenSayingWhy() throws Exception {
        Path file = story();
        launch(file.toString());
        app.clickOn("#dont-ask-again");
        startReading();
        app.close();
        edit(file, "rating: \"R overall\"", "rating: \"Explicit\"");
        launch(file.toString());
        assertThat(app.showing("#start-reading")).isTrue();
        assertThat(app.label("consent-changed")).contains("rating or warnings have changed");
        app.close();
        launch(file.toString());
        assertThat(app.showing("#start-reading")).as("not asked for consent yet: asked again").isTrue();
    }

    @Test
    void aMarkWhoseWordsWereCutIsListedAsNotFoundAndCanBePlacedOnASelection() throws Exception {
        Path file = story();
        launch(file.toString());
        startReading();
        markAndMoveOn();
        app.close();
        edit(file, "grateful he didn\u2019t have a heartbeat to betray his emotions. ", "");
        launch(file.toString());
        startReading();
        app.waitUntil(() -> !app.reader().marks().book().marks().isEmpty());
        assertThat(app.reader().marks().book().marks().get(0).found()).isFalse();
        TextRange other = rangeOf("He did wake up screaming");
        app.onFx(() -> app.reader().selection().select(other));
        app.type(KeyCode.M);
        assertThat(app.lookup("#marks-list").queryListView().getItems()).hasSize(1);
        app.onFx(() -> app.lookup("#marks-list").queryListView().getSelectionModel().select(0));
        assertThat(app.showing("#marks-place")).isTrue();
        app.clickOn("#marks-place");
        Highlight placed = app.reader().marks().book().highlights().get(0);
        assertThat(placed.found()).isTrue();
        assertThat(placed.quote().exact()).isEqualTo("He did wake up screaming");
        assertThat(app.label("marks-status")).isEqualTo("Placed on the selected words.");
        assertThat(app.reader().selection().selection()).as("the highlight shows, not the selection over it").isEmpty();
    }
}
