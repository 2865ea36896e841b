package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import quire.layout.Page;
import quire.place.TextRange;

/**
 * Read aloud as a reader uses it, into a WAV file ({@code --speech-to}) as CI has no sound card: the
 * spoken word's highlight moves, the page turns by itself, page keys move the reading, Esc stops.
 * Needs eSpeak NG ({@code libespeak-ng1 espeak-ng-data}); without it, the test is skipped and says so.
 */
class ReadAloudIT extends ReadAloudTestSupport {

    /** Ctrl+{@code key}, {@code times} times: Ctrl+[ and Ctrl+] change the speed, Ctrl+= the text size. */
    private void speed(KeyCode key, int times) {
        app.press(KeyCode.CONTROL);
        for (int i = 0; i < times; i++) {
            app.type(key);
        }
        app.release(KeyCode.CONTROL);
    }

    private Page pageInView() {
        var model = app.reader().model();
        return model.paginationProperty().get().page(model.pageIndexProperty().get());
    }

    @Test
    void theSpokenWordMovesThePageTurnsByItselfAndPageKeysMoveTheReading() throws Exception {
        Path wav = config.resolveSibling(config.getFileName() + "-spoken.wav");
        launch("--speech-to", wav.toString(), rainStory("rain").toString());
        app.type(KeyCode.ENTER);
        // Big text, so a page holds few words and turns soon (the window is shared with other tests: its
        // size stays as it is).
        speed(KeyCode.EQUALS, 6);
        // Slowest first, so the first word is surely seen highlighted; then fastest, for the page to turn.
        speed(KeyCode.OPEN_BRACKET, 5);
        assertThat(app.reader().model().pageIndexProperty().get()).isZero();
        app.type(KeyCode.R);
        assertThat(app.showing("#read-aloud-bar")).isTrue();
        assertThat(app.label("read-aloud-speed")).isEqualTo("80 wpm");
        try {
            waitFor(10, () -> !spoken().isEmpty() || app.lookup(".notice-text").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no word was highlighted within 10 s of R", e);
        }
        if (spoken().isEmpty()) {
            String notice = app.lookup(".notice-text").queryAs(javafx.scene.control.Label.class).getText();
            Assumptions.assumeFalse(notice.contains("install"),
                    "eSpeak NG is not installed here (" + notice + "); CI installs libespeak-ng1 espeak-ng-data");
            throw new AssertionError("read aloud showed a notice instead of reading: " + notice);
        }
        TextRange first = spoken().get(0);
        assertThat(first.start()).as("reading starts at the first word of the page").isEqualTo(pageInView().start());
        assertThat(app.lookup(".range-spoken-word").queryAll()).hasSize(1);
        assertThat(app.lookup(".range-spoken-sentence").queryAll()).isNotEmpty();
        waitFor(5, () -> !spoken().isEmpty() && spoken().get(0).start().compareTo(first.start()) > 0);
        speed(KeyCode.CLOSE_BRACKET, 19);
        assertThat(app.label("read-aloud-speed")).isEqualTo("450 wpm");

        waitFor(40, () -> app.reader().model().pageIndexProperty().get() > 0);
        TextRange word = spoken().get(0);
        Page turned = pageInView();
        assertThat(word.start()).as("the word heard is on the page turned to").isGreaterThanOrEqualTo(turned.start());
        assertThat(app.reader().isReadingAloud()).isTrue();

        app.type(KeyCode.RIGHT);
        Page next = pageInView();
        var lastLine = next.lines().get(next.lines().size() - 1);
        var nextEnd = new quire.place.Anchor(lastLine.block(), lastLine.end());
        // The first words of the page pass quickly at 450 wpm; the voice is on the page turned to.
        waitFor(5, () -> !spoken().isEmpty() && spoken().get(0).start().compareTo(next.start()) >= 0
                && spoken().get(0).start().compareTo(nextEnd) < 0);
        assertThat(spoken().get(0).start().compareTo(word.start()) > 0).isTrue();

        app.type(KeyCode.R);
        TextRange paused = spoken().get(0);
        app.waitForPulses(36); // the highlight follows the voice once a frame
        assertThat(spoken().get(0)).as("paused: the highlight stays").isEqualTo(paused);
        app.type(KeyCode.R);
        waitFor(5, () -> !spoken().get(0).equals(paused));

        app.type(KeyCode.ESCAPE);
        assertThat(spoken()).isEmpty();
        assertThat(app.showing("#read-aloud-bar")).isFalse();
        assertThat(app.reader().isReadingAloud()).isFalse();
        app.close();

        byte[] bytes = Files.readAllBytes(wav);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getInt(40)).as("the header says the sound's length").isEqualTo(bytes.length - 44);
        assertThat((bytes.length - 44) / 2.0 / b.getInt(24)).as("seconds of sound").isGreaterThan(3);
    }

    @Test
    void readingStopsAtTheStorysEndWithAShortNotice() throws Exception {
        Path file = config.resolveSibling(config.getFileName() + "-short.md");
        Files.writeString(file, "---\nrating: G\n---\n\nIt rained.\n\n* * *\n\nThe end.\n");
        Path wav = config.resolveSibling(config.getFileName() + "-short.wav");
        launch("--speech-to", wav.toString(), file.toString());
        app.type(KeyCode.ENTER);
        speed(KeyCode.CLOSE_BRACKET, 14);
        app.type(KeyCode.R);
        waitFor(20, () -> app.lookup(".notice-text").tryQuery().isPresent());
        String notice = app.lookup(".notice-text").queryAs(javafx.scene.control.Label.class).getText();
        Assumptions.assumeFalse(notice.contains("install"), "eSpeak NG is not installed here: " + notice);
        assertThat(notice).isEqualTo("Read aloud reached the end of the story.");
        assertThat(app.reader().isReadingAloud()).isFalse();
        assertThat(spoken()).isEmpty();
        assertThat(app.showing("#read-aloud-bar")).isFalse();
        // Two short sentences and a scene break's silence, at 450 wpm: about two seconds of sound.
        double seconds = (Files.size(wav) - 44) / 2.0 / 22050;
        assertThat(seconds).isBetween(1.0, 6.0);
    }
}
