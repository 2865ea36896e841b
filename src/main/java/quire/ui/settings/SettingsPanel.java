package quire.ui.settings;

import java.util.Locale;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import quire.settings.Appearance;
import quire.settings.FontAndSpacing;
import quire.settings.LinesAndParagraphs;
import quire.settings.PageMode;
import quire.settings.ReadAloud;
import quire.settings.ReadingSettings;
import quire.settings.Theme;
import quire.speech.Voice;
import quire.ui.FontCatalog;
import quire.ui.SettingsModel;
import quire.ui.panel.ScrollingCard;
import quire.ui.readaloud.ReadAloudBar;

/**
 * The reading settings (key S): font, size, spacing, margins, paragraphs, justification, hyphenation,
 * hanging punctuation, pages, theme,
 * motion, warnings and consent, and read aloud's speed and voice. Every change applies at once through {@link SettingsModel}; the page
 * keeps the reader's place. Esc or "Done" closes it.
 */
public final class SettingsPanel extends StackPane {
    private final SettingsModel settings;
    /** The story's language as eSpeak names it: the voice box shows the voice that reads stories in it. */
    private String storyLanguage = "en";
    private final Button done = new Button("Done");
    private final GridPane grid = new GridPane();
    private int row;

    /**
     * What the panel can do beyond settings: undo "don't ask again", list the voices for read aloud (the
     * story's {@code language} names the default one), and close.
     */
    public record Actions(boolean consentSkipped, Runnable askAgain, boolean systemThemeKnown, String language,
                          Voices voices, Runnable close) {
    }

    /**
     * The installed voices, asked for only when the reader opens the voice box: listing them loads eSpeak.
     * {@code problem} gets what to install when it cannot be loaded. Both are called on the UI thread.
     */
    public interface Voices {
        void list(java.util.function.Consumer<java.util.List<Voice>> then, java.util.function.Consumer<String> problem);
    }

    private Slider speechRate;
    private boolean following;
    private ComboBox<Voice> voice;
    /** Kept so the weak listener below lives as long as the panel. */
    private final javafx.beans.value.ChangeListener<ReadingSettings> inStep =
            (o, was, now) -> keepInStep(now.readAloud());

    public SettingsPanel(SettingsModel settings, FontCatalog fonts, Actions actions) {
        this.settings = settings;
        getStyleClass().add("overlay");
        grid.setHgap(18);
        grid.setVgap(12);
        ReadingSettings s = settings.get();
        FontAndSpacing type = s.fontAndSpacing();
        LinesAndParagraphs lines = s.linesAndParagraphs();
        Appearance look = s.appearance();

        ComboBox<FontCatalog.Choice> font = new ComboBox<>();
        font.getItems().setAll(fonts.choices());
        font.getItems().stream().filter(c -> c.value().equals(type.fontFamily())).findFirst()
                .ifPresentOrElse(font::setValue, () -> font.setValue(font.getItems().get(0)));
        font.setVisibleRowCount(14);
        font.setId("font-family");
        font.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                settings.update(r -> r.with(r.fontAndSpacing().withFontFamily(now.value())));
            }
        });
        add("Font", font);

        add("Size", slider("font-size", FontAndSpacing.MIN_FONT_SIZE, FontAndSpacing.MAX_FONT_SIZE,
                type.fontSize(), 1, v -> String.format(Locale.ROOT, "%.0f px", v),
                (r, v) -> r.with(r.fontAndSpacing().withFontSize(v))));
        add("Line spacing", slider("line-spacing", FontAndSpacing.MIN_LINE_SPACING, FontAndSpacing.MAX_LINE_SPACING,
                type.lineSpacing(), 0.1, v -> String.format(Locale.ROOT, "%.1f", v),
                (r, v) -> r.with(r.fontAndSpacing().withLineSpacing(v))));
        add("Margins", slider("margins", FontAndSpacing.MIN_MARGIN_SCALE, FontAndSpacing.MAX_MARGIN_SCALE,
                type.marginScale(), 0.25, v -> String.format(Locale.ROOT, "%.0f%%", v * 100),
                (r, v) -> r.with(r.fontAndSpacing().withMarginScale(v))));

        ToggleGroup paragraphs = new ToggleGroup();
        RadioButton indent = radio("Indent first lines", paragraphs, lines.indentParagraphs(), "paragraph-indent");
        RadioButton spaced = radio("Space between", paragraphs, !lines.indentParagraphs(), "paragraph-spaced");
        paragraphs.selectedToggleProperty().addListener((o, was, now) ->
                settings.update(r -> r.with(r.linesAndParagraphs().withIndentParagraphs(now == indent))));
        add("Paragraphs", choices(16, indent, spaced));

        add("", check("Justify lines", lines.justify(), "justify",
                (r, on) -> r.with(r.linesAndParagraphs().withJustify(on))));
        add("", check("Hyphenate", lines.hyphenate(), "hyphenate",
                (r, on) -> r.with(r.linesAndParagraphs().withHyphenate(on))));
        add("", check("Hang punctuation in the margins", lines.hangingPunctuation(), "hanging-punctuation",
                (r, on) -> r.with(r.linesAndParagraphs().withHangingPunctuation(on))));

        ToggleGroup pages = new ToggleGroup();
        javafx.scene.layout.FlowPane pageButtons = choices(6);
        for (PageMode mode : PageMode.values()) {
            ToggleButton b = toggle(modeName(mode), pages,
                    s.pageLayout().pageMode() == mode, "pages-" + mode.name().toLowerCase(Locale.ROOT));
            b.setOnAction(e -> settings.update(r -> r.with(r.pageLayout().withPageMode(mode))));
            pageButtons.getChildren().add(b);
        }
        add("Pages", pageButtons);
        add("", check("Start each chapter on a new page", s.pageLayout().chapterOnNewPage(), "chapter-new-page",
                (r, on) -> r.with(r.pageLayout().withChapterOnNewPage(on))));

        ToggleGroup themes = new ToggleGroup();
        javafx.scene.layout.FlowPane themeButtons = choices(6);
        for (Theme theme : Theme.values()) {
            String name = theme.name().charAt(0) + theme.name().substring(1).toLowerCase(Locale.ROOT);
            ToggleButton b = toggle(name, themes, look.theme() == theme && !look.followSystemTheme(),
                    "theme-" + theme.name().toLowerCase(Locale.ROOT));
            themeButtons.getChildren().add(b);
        }
        add("Theme", themeButtons);
        CheckBox system = check("Follow the system\u2019s light or dark mode", look.followSystemTheme(),
                "follow-system", (r, on) -> r.with(r.appearance().withFollowSystemTheme(on)));
        for (javafx.scene.Node node : themeButtons.getChildren()) {
            ToggleButton b = (ToggleButton) node;
            Theme theme = Theme.valueOf(b.getId().substring("theme-".length()).toUpperCase(Locale.ROOT));
            b.setOnAction(e -> {
                settings.update(r -> r.with(r.appearance().withTheme(theme)));
                system.setSelected(false); // a theme picked by hand stops following the system
            });
        }
        if (!actions.systemThemeKnown()) {
            system.setDisable(true);
            system.setText("Follow the system\u2019s light or dark mode (this system does not say)");
        }
        add("", system);
        add("", check("Reduce motion", look.reduceMotion(), "reduce-motion",
                (r, on) -> r.with(r.appearance().withReduceMotion(on))));
        add("", check("Hide warnings until I ask", look.hideWarnings(), "hide-warnings",
                (r, on) -> r.with(r.appearance().withHideWarnings(on))));
        addReadAloud(s.readAloud(), actions);
        if (actions.consentSkipped()) {
            Button ask = new Button("Ask before this story again");
            ask.setId("settings-ask-again");
            ask.setOnAction(e -> {
                actions.askAgain().run();
                ask.setDisable(true);
                ask.setText("You will be asked next time");
            });
            add("", ask);
        }

        Label title = new Label("Reading settings");
        title.getStyleClass().add("story-title");
        done.setDefaultButton(true);
        done.setId("settings-done");
        done.setOnAction(e -> actions.close().run());
        VBox card = new VBox(16, title, grid, done);
        card.getStyleClass().add("card");
        card.setId("settings");
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(new ScrollingCard(card));
    }

    /**
     * Speed and voice of read aloud. The voice box lists the installed voices only when opened: the panel
     * alone loads nothing of eSpeak. Ctrl+[ and Ctrl+], the bar, and a voice no longer installed change
     * the same settings, and the controls follow.
     */
    private void addReadAloud(ReadAloud s, Actions actions) {
        storyLanguage = quire.speech.SpeechText.voiceFor(actions.language());
        Label heading = new Label("Read aloud");
        heading.getStyleClass().add("eyebrow");
        grid.add(heading, 0, row++, 2, 1);
        Node rate = slider("speech-rate", ReadAloud.MIN_SPEECH_RATE, ReadAloud.MAX_SPEECH_RATE,
                s.speechRate(), 5, v -> String.format(Locale.ROOT, "%.0f words a minute", v),
                (r, v) -> r.with(r.readAloud().withSpeechRate((int) Math.round(v))));
        speechRate = (Slider) ((HBox) rate).getChildren().get(0);
        add("Speed", rate);

        voice = new ComboBox<>();
        voice.setId("speech-voice");
        voice.setPrefWidth(260);
        voice.setVisibleRowCount(14);
        voice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Voice v) {
                return ReadAloudBar.label(v, actions.language());
            }

            @Override
            public Voice fromString(String text) {
                return null;
            }
        });
        voice.getItems().add(ReadAloudBar.STORY_LANGUAGE);
        selectVoice(s.voiceFor(storyLanguage));
        Label note = new Label();
        note.setId("speech-voice-note");
        note.getStyleClass().add("search-count");
        note.setWrapText(true);
        note.setMaxWidth(340);
        note.setMinHeight(USE_PREF_SIZE); // two lines: the command is never cut short
        note.setManaged(false);
        note.setVisible(false);
        boolean[] asked = {false};
        voice.setOnShowing(e -> {
            if (asked[0]) {
                return;
            }
            asked[0] = true;
            actions.voices().list(installed -> {
                String chosen = settings.get().readAloud().voiceFor(storyLanguage);
                voice.getItems().setAll(ReadAloudBar.STORY_LANGUAGE);
                installed.stream().sorted(java.util.Comparator.comparing(Voice::name)).forEach(voice.getItems()::add);
                selectVoice(chosen);
            }, problem -> {
                voice.getItems().setAll(ReadAloudBar.STORY_LANGUAGE);
                selectVoice("");
                voice.hide();
                note.setText("No voices: read aloud needs eSpeak NG.\n"
                        + quire.speech.SpeechUnavailable.INSTALL_HINT);
                note.setManaged(true);
                note.setVisible(true);
            });
        });
        voice.valueProperty().addListener((o, was, now) -> {
            if (now != null && !following && !now.name().equals(settings.get().readAloud().voiceFor(storyLanguage))) {
                settings.update(r -> r.with(r.readAloud().withVoiceFor(storyLanguage, now.name())));
            }
        });
        VBox box = new VBox(6, voice, note);
        add("Voice", box);
        settings.settingsProperty().addListener(new javafx.beans.value.WeakChangeListener<>(inStep));
    }

    /** Shows the voice named {@code name}, listed by its name alone until the voices are listed. */
    private void selectVoice(String name) {
        Voice chosen = voice.getItems().stream().filter(v -> v.name().equals(name)).findFirst().orElseGet(() -> {
            Voice byName = new Voice(name, "");
            voice.getItems().add(byName);
            return byName;
        });
        voice.setValue(chosen);
    }

    /** Shows settings changed elsewhere (Ctrl+[ and Ctrl+], the bar, a voice gone) without writing them back. */
    private void keepInStep(ReadAloud now) {
        following = true;
        try {
            if (Math.round(speechRate.getValue()) != now.speechRate()) {
                speechRate.setValue(now.speechRate());
            }
            Voice shown = voice.getValue();
            String inUse = now.voiceFor(storyLanguage);
            if (shown == null || !shown.name().equals(inUse)) {
                selectVoice(inUse);
            }
        } finally {
            following = false;
        }
    }

    public void focusDefault() {
        // In a scroll pane the button is in the scene only once the pane's skin exists: make it first, or
        // the focus stays on the page behind the panel.
        applyCss();
        done.requestFocus();
    }

    private void add(String label, Node control) {
        Label name = new Label(label);
        name.getStyleClass().add("field-name");
        name.setMinWidth(USE_PREF_SIZE); // a setting's name is short and never cut: the control gives way
        if (label.isEmpty()) {
            name.setVisible(false); // an empty cell of the grid, still laid out: nothing to read
        } else {
            name.setLabelFor(named(control));
        }
        grid.addRow(row++, name, control);
    }

    /**
     * The control a row's name is for, which screen readers name by it: the control itself, or the first
     * in its box (the slider beside its value, the combo box above its note, the first of a row of choices).
     */
    private static Node named(Node control) {
        if (control instanceof javafx.scene.layout.Pane box && !box.getChildren().isEmpty()
                && box.getChildren().get(0) instanceof javafx.scene.control.Control first) {
            return first;
        }
        return control;
    }

    private Node slider(String id, double min, double max, double value, double step, Function<Double, String> text,
                        java.util.function.BiFunction<ReadingSettings, Double, ReadingSettings> apply) {
        Slider slider = new Slider(min, max, value);
        slider.setId(id);
        slider.setBlockIncrement(step);
        slider.setMajorTickUnit(step);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setPrefWidth(260);
        Label shown = new Label(text.apply(value));
        shown.getStyleClass().add("field-value");
        shown.setMinWidth(USE_PREF_SIZE);
        slider.valueProperty().addListener((o, was, now) -> {
            double snapped = Math.round(now.doubleValue() / step) * step;
            shown.setText(text.apply(snapped));
            if (!following) {
                settings.update(r -> apply.apply(r, snapped));
            }
        });
        HBox box = new HBox(12, slider, shown);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /**
     * A row of choices (radio or toggle buttons) that wraps onto another line in a narrow window, each
     * button keeping its whole name.
     */
    private static javafx.scene.layout.FlowPane choices(double gap, Node... buttons) {
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(gap, 6, buttons);
        row.getChildren().addListener((javafx.collections.ListChangeListener<Node>) change -> keepWhole(row));
        keepWhole(row);
        return row;
    }

    private static void keepWhole(javafx.scene.layout.FlowPane row) {
        row.getChildren().forEach(node -> {
            if (node instanceof javafx.scene.control.Control control) {
                control.setMinWidth(USE_PREF_SIZE);
            }
        });
    }

    private CheckBox check(String text, boolean selected, String id,
                           java.util.function.BiFunction<ReadingSettings, Boolean, ReadingSettings> apply) {
        CheckBox box = new CheckBox(text);
        box.setWrapText(true); // long labels wrap in a narrow window rather than end in "..."
        box.setMinHeight(USE_PREF_SIZE);
        box.setSelected(selected);
        box.setId(id);
        box.selectedProperty().addListener((o, was, now) -> settings.update(r -> apply.apply(r, now)));
        return box;
    }

    private static RadioButton radio(String text, ToggleGroup group, boolean selected, String id) {
        RadioButton b = new RadioButton(text);
        b.setToggleGroup(group);
        b.setSelected(selected);
        b.setId(id);
        return b;
    }

    private static ToggleButton toggle(String text, ToggleGroup group, boolean selected, String id) {
        ToggleButton b = new ToggleButton(text);
        b.setToggleGroup(group);
        b.setSelected(selected);
        b.setId(id);
        return b;
    }

    private static String modeName(PageMode mode) {
        return switch (mode) {
            case AUTO -> "Auto";
            case ONE -> "One";
            case TWO -> "Two";
            case SCROLL -> "Scroll";
        };
    }
}
