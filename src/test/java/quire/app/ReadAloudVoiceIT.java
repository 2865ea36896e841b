package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import quire.place.TextRange;
import quire.speech.Voice;

/**
 * Read aloud's voice and speed as a reader chooses them, into a WAV file ({@code --speech-to}): from the
 * bar's voice list (keyboard and mouse), from the settings panel (S), remembered across a restart, and a
 * remembered voice no longer installed giving way to the story's language with a notice, and the story's
 * language choosing the voice of a story in another language than the one a voice was chosen for. Needs eSpeak NG
 * ({@code libespeak-ng1 espeak-ng-data}); without it, the tests are skipped and say so.
 */
class ReadAloudVoiceIT extends ReadAloudTestSupport {

    private Path wav() {
        return config.resolveSibling(config.getFileName() + "-voices.wav");
    }

    private String notice() {
        return app.lookup(".notice-text").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    /** Presses R and waits for the first highlighted word; skips the test when eSpeak is not installed. */
    private void startReading() throws Exception {
        app.type(KeyCode.R);
        waitFor(10, () -> !spoken().isEmpty() || notice().contains("install"));
        Assumptions.assumeFalse(notice().contains("install"),
                "eSpeak NG is not installed here (" + notice() + "); CI installs libespeak-ng1 espeak-ng-data");
    }

    private ComboBox<Voice> barVoices() {
        return app.lookup("#read-aloud-voice").queryComboBox();
    }

    private String chosenVoice() {
        String[] out = new String[1];
        app.onFx(() -> out[0] = app.reader().readingSettings().readAloud().voiceFor("en"));
        return out[0];
    }

    /** Waits until the highlight moves past {@code word}: the reading goes on. */
    private void readingGoesOnAfter(TextRange word) throws Exception {
        waitFor(10, () -> !spoken().isEmpty() && spoken().get(0).start().compareTo(word.start()) > 0);
    }

    /** The list cell showing {@code name} in the open voice list. */
    private Node cell(String name) throws Exception {
        waitFor(5, () -> app.lookup(".list-cell").queryAll().stream()
                .anyMatch(c -> name.equals(((ListCell<?>) c).getText())));
        return app.lookup(".list-cell").queryAll().stream()
                .filter(c -> name.equals(((ListCell<?>) c).getText())).findFirst().orElseThrow();
    }

    @Test
    void aVoicePickedFromTheBarReadsOnAndIsRememberedAcrossARestart() throws Exception {
        launch("--speech-to", wav().toString(), rainStory("voices").toString());
        app.type(KeyCode.ENTER);
        startReading();
        assertThat(app.reader().readAloudVoiceInUse()).as("the story has no language: English").isEqualTo("en");
        waitFor(10, () -> barVoices().getItems().size() > 2);
        List<Voice> listed = barVoices().getItems();
        assertThat(listed.get(0).name()).as("first, the voice of the story's language").isEmpty();
        assertThat(app.lookup("#read-aloud-voice").queryComboBox().getConverter().toString(listed.get(0)))
                .isEqualTo("Story\u2019s language (en)");

        // Keyboard: Tab from the page reaches the bar's controls; on the voice list, Down picks the next voice.
        for (int i = 0; i < 8 && !app.node("#read-aloud-voice").isFocused(); i++) {
            app.type(KeyCode.TAB);
        }
        assertThat(app.node("#read-aloud-voice").isFocused()).as("Tab reaches the voice list").isTrue();
        TextRange before = spoken().get(0);
        app.type(KeyCode.DOWN);
        String byKeyboard = listed.get(1).name();
        assertThat(barVoices().getValue().name()).isEqualTo(byKeyboard);
        assertThat(chosenVoice()).isEqualTo(byKeyboard);
        waitFor(5, () -> app.reader().readAloudVoiceInUse().equals(byKeyboard));
        assertThat(app.reader().isReadingAloud()).isTrue();
        readingGoesOnAfter(before);
        assertThat(notice()).as("an installed voice needs no notice").doesNotContain("not installed");

        // Mouse: open the list and click a voice two rows further down (in view: the list opens at the chosen one).
        String byMouse = listed.get(3).name();
        app.clickOn("#read-aloud-voice");
        app.clickOn(cell(byMouse));
        assertThat(chosenVoice()).isEqualTo(byMouse);
        waitFor(5, () -> app.reader().readAloudVoiceInUse().equals(byMouse));
        TextRange afterClick = spoken().get(0);
        readingGoesOnAfter(afterClick);
        app.type(KeyCode.ESCAPE); // the list is closed: Esc stops reading
        waitFor(5, () -> !app.reader().isReadingAloud());
        app.close();

        String json = Files.readString(config.resolve("settings.json"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"en\" : \"" + byMouse + "\"");
        launch("--speech-to", wav().toString(), rainStory("voices").toString());
        app.type(KeyCode.ENTER);
        startReading();
        assertThat(app.reader().readAloudVoiceInUse()).as("remembered").isEqualTo(byMouse);
        waitFor(10, () -> barVoices().getItems().size() > 2);
        assertThat(barVoices().getValue().name()).isEqualTo(byMouse);
    }

    @Test
    void aRememberedVoiceNoLongerInstalledGivesWayToTheStorysLanguageWithANotice() throws Exception {
        launch();
        app.close();
        Path settings = config.resolve("settings.json");
        String json = Files.readString(settings, StandardCharsets.UTF_8);
        assertThat(json).contains("\"speechVoice\" : \"\"");
        Files.writeString(settings, json.replace("\"speechVoice\" : \"\"", "\"speechVoice\" : \"Gone Voice\""),
                StandardCharsets.UTF_8);

        launch("--speech-to", wav().toString(), rainStory("voices").toString());
        app.type(KeyCode.ENTER);
        app.type(KeyCode.R);
        waitFor(10, () -> notice().contains("not installed any more") || notice().contains("install"));
        Assumptions.assumeFalse(notice().contains("sudo"), "eSpeak NG is not installed here: " + notice());
        assertThat(notice()).isEqualTo("The voice \u201cGone Voice\u201d is not installed any more: reading in the"
                + " story\u2019s language (en) instead.");
        waitFor(10, () -> !spoken().isEmpty());
        assertThat(app.reader().isReadingAloud()).as("not silence: the reading goes on").isTrue();
        assertThat(app.reader().readAloudVoiceInUse()).isEqualTo("en");
        readingGoesOnAfter(spoken().get(0));
        assertThat(chosenVoice()).as("the story's language is the voice now").isEmpty();
        assertThat(barVoices().getValue().name()).isEmpty();
    }

    @Test
    void theSettingsPanelsSpeedAndVoiceChangeTheReadingAndTheBar() throws Exception {
        launch("--speech-to", wav().toString(), rainStory("voices").toString());
        app.type(KeyCode.ENTER);
        startReading();
        app.type(KeyCode.S);
        Slider rate = app.lookup("#speech-rate").queryAs(Slider.class);
        assertThat(rate.getMin()).isEqualTo(80);
        assertThat(rate.getMax()).isEqualTo(450);
        assertThat(rate.getValue()).isEqualTo(app.reader().readingSettings().readAloud().speechRate());
        app.onFx(() -> rate.setValue(300));
        assertThat(app.reader().readingSettings().readAloud().speechRate()).isEqualTo(300);
        assertThat(app.label("read-aloud-speed")).as("the bar follows the panel").isEqualTo("300 wpm");
        // Keyboard: the slider's arrow keys step by five words a minute.
        app.onFx(rate::requestFocus);
        app.type(KeyCode.RIGHT);
        assertThat(app.reader().readingSettings().readAloud().speechRate()).isEqualTo(305);
        assertThat(app.label("read-aloud-speed")).isEqualTo("305 wpm");

        // The voice box lists the installed voices when opened; one clicked reads from then on.
        ComboBox<Voice> voice = app.lookup("#speech-voice").queryComboBox();
        assertThat(voice.getItems()).hasSize(1);
        app.clickOn("#speech-voice");
        waitFor(10, () -> voice.getItems().size() > 2);
        String picked = voice.getItems().get(2).name();
        app.clickOn(cell(picked));
        assertThat(chosenVoice()).isEqualTo(picked);
        waitFor(5, () -> app.reader().readAloudVoiceInUse().equals(picked));
        app.type(KeyCode.ESCAPE);
        assertThat(app.showing("#settings")).isFalse();
        assertThat(barVoices().getValue().name()).as("the bar follows the panel").isEqualTo(picked);

        // Ctrl+] on the page: the panel shows the new speed when opened again.
        app.press(KeyCode.CONTROL);
        app.type(KeyCode.CLOSE_BRACKET);
        app.release(KeyCode.CONTROL);
        assertThat(app.label("read-aloud-speed")).isEqualTo("325 wpm");
        app.type(KeyCode.S);
        assertThat(app.lookup("#speech-rate").queryAs(Slider.class).getValue()).isEqualTo(325);
        assertThat(app.lookup("#speech-voice").queryComboBox().getValue()).extracting(v -> ((Voice) v).name())
                .isEqualTo(picked);
    }

    /** Thirty paragraphs of rain in French ({@code language: fr}), beside this test's config folder. */
    private Path frenchStory() throws Exception {
        StringBuilder md = new StringBuilder("---\nrating: G\nlanguage: fr\n---\n\n");
        for (int i = 1; i <= 30; i++) {
            md.append("La pluie tombait sur les toits de la ville, et personne ne sortait pour la voir. Le paragraphe ")
                    .append(i).append(" finit ici.\n\n");
        }
        Path file = config.resolveSibling(config.getFileName() + "-pluie.md");
        Files.writeString(file, md);
        return file;
    }

    private String shownIn(String box) {
        String[] out = new String[1];
        app.onFx(() -> {
            ComboBox<Voice> voices = app.lookup(box).queryComboBox();
            out[0] = voices.getConverter().toString(voices.getValue());
        });
        return out[0];
    }

    @Test
    void aFrenchStoryIsReadInFrenchWhetherOrNotAVoiceWasChosenForEnglishStories() throws Exception {
        launch("--speech-to", wav().toString(), frenchStory().toString());
        app.type(KeyCode.ENTER);
        startReading();
        assertThat(app.reader().readAloudVoiceInUse()).as("no voice chosen: the story's").isEqualTo("fr");
        assertThat(shownIn("#read-aloud-voice")).isEqualTo("Story\u2019s language (fr)");
        app.type(KeyCode.ESCAPE);
        app.close();

        // An English voice chosen while reading an English story reads English stories...
        launch("--speech-to", wav().toString(), rainStory("voices").toString());
        app.type(KeyCode.ENTER);
        startReading();
        waitFor(10, () -> barVoices().getItems().size() > 2);
        Voice english = barVoices().getItems().stream()
                .filter(v -> v.language().startsWith("en") && !v.language().equals("en-us")).findFirst().orElseThrow();
        app.onFx(() -> barVoices().setValue(english));
        waitFor(5, () -> app.reader().readAloudVoiceInUse().equals(english.name()));
        app.type(KeyCode.ESCAPE);
        app.close();

        // ... and not French ones: the bar and the settings panel show the voice in use.
        launch("--speech-to", wav().toString(), frenchStory().toString());
        app.type(KeyCode.ENTER);
        startReading();
        assertThat(app.reader().readAloudVoiceInUse()).isEqualTo("fr");
        assertThat(notice()).doesNotContain("not installed");
        waitFor(10, () -> barVoices().getItems().size() > 2);
        assertThat(barVoices().getValue().name()).isEmpty();
        assertThat(shownIn("#read-aloud-voice")).isEqualTo("Story\u2019s language (fr)");
        app.type(KeyCode.S);
        assertThat(shownIn("#speech-voice")).isEqualTo("Story\u2019s language (fr)");
        assertThat(chosenVoice()).as("the English choice is kept for English stories").isEqualTo(english.name());
    }

    @Test
    void aVoiceRememberedByAnEarlierQuireReadsOnlyStoriesOfItsLanguage() throws Exception {
        launch();
        app.close();
        Path settings = config.resolve("settings.json");
        String json = Files.readString(settings, StandardCharsets.UTF_8);
        Files.writeString(settings, json.replace("\"speechVoice\" : \"\"", "\"speechVoice\" : \"English (Great Britain)\""),
                StandardCharsets.UTF_8);

        launch("--speech-to", wav().toString(), frenchStory().toString());
        app.type(KeyCode.ENTER);
        startReading();
        assertThat(app.reader().readAloudVoiceInUse()).isEqualTo("fr");
        assertThat(notice()).doesNotContain("not installed");
        assertThat(chosenVoice()).as("placed with English stories").isEqualTo("English (Great Britain)");
        app.type(KeyCode.ESCAPE);
        app.close();
        assertThat(Files.readString(settings, StandardCharsets.UTF_8)).contains("\"speechVoice\" : \"\"")
                .contains("\"en\" : \"English (Great Britain)\"");
    }

    @Test
    void withoutESpeakTheVoiceBoxSaysWhatToInstall() throws Exception {
        System.setProperty("quire.espeakLibrary", "quire-no-such-espeak-library");
        try {
            launch("--speech-to", wav().toString(), rainStory("voices").toString());
            app.type(KeyCode.ENTER);
            app.type(KeyCode.S);
            assertThat(app.node("#speech-voice-note").isVisible()).isFalse();
            app.clickOn("#speech-voice");
            waitFor(10, () -> app.node("#speech-voice-note").isVisible());
            assertThat(app.label("speech-voice-note")).contains("sudo apt install libespeak-ng1 espeak-ng-data");
            ComboBox<Voice> voice = app.lookup("#speech-voice").queryComboBox();
            assertThat(voice.isShowing()).isFalse();
            assertThat(voice.getItems()).hasSize(1);
            assertThat(notice()).as("the panel says it; no notice over it").isEmpty();
            // The speed can still be set, for when eSpeak is installed.
            app.onFx(() -> app.lookup("#speech-rate").queryAs(Slider.class).setValue(250));
            assertThat(app.reader().readingSettings().readAloud().speechRate()).isEqualTo(250);
        } finally {
            System.clearProperty("quire.espeakLibrary");
        }
    }
}
