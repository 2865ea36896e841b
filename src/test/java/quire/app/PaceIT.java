package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The reader's pace as Quire finds it in the config folder: time left, chapter lengths and story info use it. */
class PaceIT extends AppTestSupport {
    /** 20 pages, 10,000 words in 20 minutes: 500 words a minute, twice the default. */
    private void seedAFastReader() throws Exception {
        Files.createDirectories(config);
        Files.writeString(config.resolve("settings.json"),
                "{\"schemaVersion\":1,\"pace\":{\"pages\":20,\"words\":10000,\"millis\":1200000}}",
                StandardCharsets.UTF_8);
    }

    @Test
    void aKnownPaceGivesTheTimeLeftAndTheStoryInfoSaysIt() throws Exception {
        seedAFastReader();
        launch();
        app.type(KeyCode.ENTER);
        var model = app.reader().model();
        assertThat(model.time().wordsPerMinuteProperty().get()).isEqualTo(500);
        int words = model.story().wordCount();
        int expected = (int) Math.ceil(words * (1 - model.fractionRead()) / 500);
        assertThat(model.time().minutesLeft()).isEqualTo(expected);
        assertThat(app.footer()).endsWith(expected <= 1 ? "about a minute left" : expected + " min left");

        app.type(KeyCode.I);
        assertThat(app.label("pace")).isEqualTo("You read at about 500 words a minute  \u00b7  no reading time counted yet");
        int storyMinutes = Math.max(1, (int) Math.ceil(words / 500.0));
        assertThat(app.label("stats")).contains("about " + storyMinutes + " minute");
    }

    @Test
    void theContentsGiveEachChapterInMinutesAtTheReadersPace() throws Exception {
        Files.createDirectories(config);
        Files.writeString(config.resolve("settings.json"), // a slow reader: 100 words a minute
                "{\"schemaVersion\":1,\"pace\":{\"pages\":8,\"words\":2000,\"millis\":1200000}}",
                StandardCharsets.UTF_8);
        StringBuilder md = new StringBuilder("---\ntitle: \"Lanterns\"\n---\n\n");
        for (int c = 1; c <= 3; c++) {
            md.append("# Chapter ").append(c).append("\n\n");
            for (int p = 0; p < 30; p++) {
                md.append("The truth, Spike reflected, was always more dangerous than a lie, and they had prepared "
                        + "for a showdown all the same, lanterns lit along the road.\n\n");
            }
        }
        java.nio.file.Path story = config.resolveSibling(config.getFileName() + "-pace.md");
        Files.writeString(story, md);
        launch(story.toString());
        app.type(KeyCode.ENTER);
        var model = app.reader().model();
        assertThat(model.time().wordsPerMinuteProperty().get()).isEqualTo(100);
        app.type(KeyCode.C);
        java.util.List<String> lengths = app.lookup(".match-page").queryAllAs(javafx.scene.control.Label.class)
                .stream().map(javafx.scene.control.Label::getText).toList();
        var first = model.chapters().list().get(0);
        assertThat(model.time().minutesOf(first)).as("about 900 words at 100 a minute").isBetween(8, 10);
        assertThat(lengths).isNotEmpty().allMatch(text -> text.endsWith("\u00b7  " + model.time().minutesOf(first) + " min"));
    }

    /** The pace kept in the config folder for the one story read, once the app has written it. */
    private quire.pace.ReadingPace keptPace() {
        var stories = new quire.settings.SettingsStore(config, java.time.Clock.systemUTC()).loadStories().value();
        assertThat(stories).hasSize(1);
        return stories.values().iterator().next().pace();
    }

    @Test
    void aPageReadInTheWindowCountsAndTimeUnderAPanelDoesNot() throws Exception {
        java.util.concurrent.atomic.AtomicLong clock = new java.util.concurrent.atomic.AtomicLong(1_000_000);
        launch(clock::get); // reading time by a clock the test turns: no sleeping, and exact under any load
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.reader().model().exactProperty().get());
        int words = app.reader().model().time().wordsInView();
        clock.addAndGet(3_300); // read the first page for a little over the three seconds that count
        app.type(KeyCode.RIGHT);
        app.type(KeyCode.S); // the settings panel covers the second page while the clock runs
        clock.addAndGet(3_300);
        app.type(KeyCode.ESCAPE);
        app.type(KeyCode.RIGHT);
        app.close();
        quire.pace.ReadingPace kept = keptPace();
        assertThat(kept.pages()).as("the first page only: " + kept).isEqualTo(1);
        assertThat(kept.words()).isEqualTo(words);
        assertThat(kept.millis()).as("the first page's time, none under the panel").isEqualTo(3_300L);
    }

    @Test
    void aNewReaderIsToldThe250WordsAMinuteAssumedUntilFivePagesAreRead() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        assertThat(app.reader().model().time().wordsPerMinuteProperty().get()).isEqualTo(250);
        app.type(KeyCode.I);
        assertThat(app.label("pace")).contains("your own pace is used after about 5 pages; until then 250 words a minute");
    }
}
