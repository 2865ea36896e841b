package quire.ui.readaloud;

import quire.ui.command.Keys;
import quire.ui.command.ReaderCommand;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import quire.speech.Voice;

/**
 * The small bar shown while reading aloud: play or pause, slower, the speed, faster, the voice, stop.
 * Made the first time the reader presses R. Tab reaches its controls; while one has focus it takes the
 * keys (Space or Enter presses it), and Esc stops reading from anywhere.
 */
public final class ReadAloudBar extends HBox {
    /** The voice item that follows the story's language. */
    public static final Voice STORY_LANGUAGE = new Voice("", "");

    private final Button playPause = button("Pause", "Pause (R)", "read-aloud-play");
    private final Label speed = new Label();
    private final ComboBox<Voice> voices = new ComboBox<>();
    private String storyLanguage = "en";
    private boolean filling;

    /** What the bar's controls do. */
    public interface Actions {
        void playPause();

        void slower();

        void faster();

        void voice(Voice voice);

        void stop();
    }

    public ReadAloudBar(Actions actions) {
        getStyleClass().addAll("search-bar", "read-aloud-bar");
        setId("read-aloud-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        playPause.setOnAction(e -> actions.playPause());
        Button slower = button("\u2212", "Slower (Ctrl+[)", "read-aloud-slower");
        slower.setOnAction(e -> actions.slower());
        Button faster = button("+", "Faster (Ctrl+])", "read-aloud-faster");
        faster.setOnAction(e -> actions.faster());
        Button stop = button("\u25a0", "Stop (Esc)", "read-aloud-stop");
        stop.setOnAction(e -> actions.stop());
        speed.setId("read-aloud-speed");
        speed.getStyleClass().add("search-count");
        speed.setMinWidth(USE_PREF_SIZE);
        voices.setId("read-aloud-voice");
        voices.setTooltip(new Tooltip("Voice"));
        voices.setPrefWidth(230);
        voices.setConverter(new StringConverter<>() {
            @Override
            public String toString(Voice voice) {
                return label(voice, storyLanguage);
            }

            @Override
            public Voice fromString(String text) {
                return null;
            }
        });
        voices.getItems().add(STORY_LANGUAGE);
        voices.getSelectionModel().select(STORY_LANGUAGE);
        voices.valueProperty().addListener((o, was, now) -> {
            if (now != null && !filling && !now.equals(was)) {
                actions.voice(now);
            }
        });
        playPause.setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(playPause, slower, speed, faster, voices, stop);
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (Keys.MAP.means(event, ReaderCommand.ESCAPE)) {
                actions.stop();
                event.consume();
            }
        });
    }

    /** A voice as the bar and the settings panel list it. */
    public static String label(Voice voice, String storyLanguage) {
        if (voice == null) {
            return "";
        }
        return voice.name().isEmpty() ? "Story\u2019s language (" + storyLanguage + ")" : voice.name();
    }

    /** Shows "120 words a minute". */
    public void setRate(int wordsPerMinute) {
        speed.setText(wordsPerMinute + " wpm");
    }

    public void setPaused(boolean paused) {
        playPause.setText(paused ? "Resume" : "Pause");
        playPause.getTooltip().setText(paused ? "Resume (R)" : "Pause (R)");
    }

    /** The voices installed, with the one chosen ({@code chosen} empty: the story's language). */
    public void setVoices(List<Voice> installed, String chosen, String language) {
        filling = true;
        storyLanguage = language;
        voices.getItems().setAll(STORY_LANGUAGE);
        installed.stream().sorted(java.util.Comparator.comparing(Voice::name)).forEach(voices.getItems()::add);
        voices.getSelectionModel().select(installed.stream().filter(v -> v.name().equals(chosen)).findFirst()
                .orElse(STORY_LANGUAGE));
        filling = false;
    }

    /** Selects the voice named {@code chosen} (empty: the story's language) without telling the actions. */
    public void showVoice(String chosen) {
        Voice now = voices.getValue();
        if (now != null && now.name().equals(chosen)) {
            return;
        }
        filling = true;
        voices.getSelectionModel().select(voices.getItems().stream().filter(v -> v.name().equals(chosen)).findFirst()
                .orElse(STORY_LANGUAGE));
        filling = false;
    }

    /** True while one of the bar's controls has focus: it takes the keys then. */
    public boolean takesKeys() {
        return voices.isFocused() || voices.isShowing() || getChildren().stream().anyMatch(n -> n.isFocused());
    }

    private static Button button(String text, String tip, String id) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("search-button");
        button.setTooltip(new Tooltip(tip));
        return button;
    }
}
