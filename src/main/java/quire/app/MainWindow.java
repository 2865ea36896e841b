package quire.app;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import quire.access.Accessibility;
import quire.settings.StoryState;
import quire.story.Story;
import quire.ui.FontCatalog;
import quire.ui.FxTextMeasurer;
import quire.ui.SettingsModel;
import quire.ui.WindowTitle;
import quire.ui.command.CommandTable;
import quire.ui.command.Keys;
import quire.ui.command.ReadAloudKeys;
import quire.ui.command.ReaderCommand;
import quire.ui.page.ReaderModel;
import quire.ui.panel.NoticeBar;
import quire.ui.reading.ReaderScreen;
import quire.ui.reading.ReaderWarmUp;
import quire.ui.start.ConsentScreen;
import quire.ui.start.ProblemScreen;

/**
 * The one window. It shows the screen {@link AppModel} names, puts panels over it, applies the theme,
 * and routes every key in one place, a filter on the scene, so the reader's keys work whatever control
 * has focus: the key's command comes from the one key map ({@link Keys}) and runs on the table of what
 * is in view. Panels take the keys while open (but read aloud's speed keys); Esc closes them. The
 * panels are made by {@link ReaderPanels}.
 */
public final class MainWindow {
    static final String STYLESHEET = "/quire/ui/quire.css";

    private final Stage stage;
    private final AppModel model;
    private final Remembered memory;
    private final FxTextMeasurer measurer;
    private final SettingsModel settings;
    private final StackPane layers = new StackPane();
    private final NoticeBar notices = new NoticeBar();
    private final WindowPlacer placer;
    private final Supplier<FontCatalog> fonts = new Memoized<>(FontCatalog::ofThisMachine);
    private WindowTheme theme;
    private final Optional<java.nio.file.Path> speechTo;
    private final quire.pace.Ticker ticker;
    private final StoryFilePicker picker;
    private Node screen;
    private Overlay overlay;
    /** True while a panel covers the page: time spent in it is not reading time. */
    private final javafx.beans.property.BooleanProperty overlayOpen = new javafx.beans.property.SimpleBooleanProperty();
    private Optional<StoryPace> pace = Optional.empty();
    /** The reading view being prepared while the consent screen is shown. */
    private Optional<ReaderWarmUp> warmUp = Optional.empty();
    private boolean firstFrameDrawn;
    private final CommandTable windowCommands = windowCommands();
    private final CommandTable panelCommands = panelCommands();
    private final CommandTable firstScreenCommands = firstScreenCommands();
    private final ReaderPanels.Overlays overlays = new ReaderPanels.Overlays() {
        @Override
        public void show(Node panel, Runnable focus) {
            showOverlay(panel, focus);
        }

        @Override
        public void close() {
            closeOverlay();
        }
    };

    /** An open panel and how to give it focus. */
    private record Overlay(Node node, Runnable focus) {
    }

    /**
     * {@code speechTo}: read aloud into this WAV file instead of the sound card; {@code ticker}: the clock
     * reading time is measured by.
     */
    MainWindow(Stage stage, AppModel model, Remembered memory, FxTextMeasurer measurer, Optional<java.nio.file.Path> speechTo,
               quire.pace.Ticker ticker, StoryFilePicker picker) {
        this.picker = picker;
        this.speechTo = speechTo;
        this.ticker = ticker;
        this.stage = stage;
        this.model = model;
        this.memory = memory;
        this.measurer = measurer;
        this.settings = new SettingsModel(memory.preferences().reading());
        this.placer = new WindowPlacer(stage, memory);
    }

    void show() {
        BorderPane root = new BorderPane(layers);
        root.setTop(notices);
        Scene scene = new Scene(root, placer.width(), placer.height());
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        StoryDrop.install(scene, layers, model::open);
        // A file asked for is read off the UI thread: the window stays live, and says it is busy.
        model.openingProperty().addListener((o, was, now) -> scene.setCursor(now ? javafx.scene.Cursor.WAIT : null));
        stage.setScene(scene);
        stage.setMinWidth(480);
        stage.setMinHeight(360);
        theme = new WindowTheme(settings, root);
        theme.apply();
        settings.settingsProperty().addListener((o, was, now) -> {
            theme.askSystemIfFollowed();
            theme.apply();
            memory.setPreferences(memory.preferences().withReading(now));
        });
        model.screenProperty().addListener((o, was, now) -> showScreen(now));
        model.textProperty().addListener((o, was, now) -> textRead(now));
        model.waitingForTextProperty().addListener((o, was, now) -> {
            if (screen instanceof ConsentScreen consent) {
                consent.showWaiting(now);
            }
        });
        model.attach(Platform::runLater);
        showScreen(model.screen());
        FirstFrame.then(scene, () -> {
            firstFrameDrawn = true;
            model.firstFrameDrawn();
        });
        placer.place();
        stage.show();
        FirstFrame.then(scene, () -> stage.getIcons().setAll(WindowIcons.load()));
        // Screen readers on Linux: the bridge asks the session bus, off this thread, whether one is on.
        if (Boolean.parseBoolean(System.getProperty("quire.access", "true"))) {
            FirstFrame.then(scene, () -> Accessibility.startWhenAsked(WindowTitle.APP_NAME));
        }
        focusDefault();
        memory.onProblem(problem -> {
            if (Platform.isFxApplicationThread()) {
                notices.show(problem);
            } else {
                Platform.runLater(() -> notices.show(problem));
            }
        });
        theme.askSystemIfFollowed();
    }

    private void showScreen(AppModel.Screen next) {
        closeOverlay();
        pace.ifPresent(StoryPace::finish);
        pace = Optional.empty();
        stopReadingAloud();
        if (next instanceof AppModel.Consent consent) {
            screen = new ConsentScreen(consent.story(), consent.termsChanged(), settings.get().appearance().hideWarnings(),
                    () -> memory.wordsPerMinute(consent.story()), new ConsentScreen.Choices() {
                @Override
                public void startReading(boolean dontAskAgain) {
                    model.startReading(dontAskAgain);
                }

                @Override
                public void leave() {
                    quit();
                }
            });
            stage.setTitle(WindowTitle.of(consent.story().metadata()));
            warmUp = Optional.empty();
            if (model.textProperty().get() != null) {
                textRead(model.textProperty().get());
            }
        } else if (next instanceof AppModel.Reading reading) {
            screen = readerFor(reading.story());
            title(reading.story());
        } else {
            AppModel.Problem problem = (AppModel.Problem) next;
            Optional<Runnable> bundled = problem.canOpenBundled() ? Optional.of(model::openBundled) : Optional.empty();
            screen = new ProblemScreen(problem.problem(), bundled, this::quit);
            stage.setTitle(WindowTitle.APP_NAME);
        }
        layers.getChildren().setAll(screen);
        focusDefault();
    }

    /** The story's text is read while its consent screen shows: its length, and the reading view prepared. */
    private void textRead(Story story) {
        if (story != null && screen instanceof ConsentScreen consent) {
            consent.showLength(story);
            prepareReading(story);
        }
    }

    /**
     * Once the consent screen is drawn, prepares the reading view in the background, so "Start reading"
     * is quick ({@code -Dquire.warmUp=false} turns this off, to measure it).
     */
    private void prepareReading(Story story) {
        warmUp = Optional.empty();
        if (!Boolean.parseBoolean(System.getProperty("quire.warmUp", "true"))) {
            return;
        }
        Scene scene = stage.getScene();
        Runnable start = () -> {
            if (model.textProperty().get() == story && screen instanceof ConsentScreen) {
                warmUp = Optional.of(ReaderWarmUp.start(story, settings.get(), fonts.get(),
                        scene.getWidth(), scene.getHeight(), measurer, Platform::runLater));
            }
        };
        if (firstFrameDrawn) {
            start.run();
        } else {
            FirstFrame.then(scene, start);
        }
    }

    /** What the window shows, for tests in this package. */
    AppModel model() {
        return model;
    }

    /** The reading view's preparation while the consent screen is shown, if one has started. */
    Optional<ReaderWarmUp> readerWarmUp() {
        return warmUp;
    }

    private ReaderScreen readerFor(Story story) {
        ReaderModel reader = warmUp.flatMap(w -> w.prepared(story))
                .map(prepared -> new ReaderModel(story, prepared, measurer))
                .orElseGet(() -> new ReaderModel(story, measurer));
        warmUp = Optional.empty();
        HeapSettle.after(reader.exactProperty(), measurer::forgetFontsUnused);
        StoryState remembered = memory.story(story.contentHash());
        boolean changed = memory.textChanged(story.contentHash());
        var place = RememberedPlace.of(remembered, reader.blockTexts(), changed);
        reader.moveTo(place);
        if (changed) {
            memory.settleChangedText(story.contentHash(), RememberedPlace.at(remembered, place, reader.blockTexts()));
        }
        reader.anchorProperty().addListener((o, was, now) -> memory.setStory(story.contentHash(),
                RememberedPlace.at(memory.story(story.contentHash()), now, reader.blockTexts())));
        pace = Optional.of(StoryPace.attach(memory, story, reader, stage.focusedProperty().and(overlayOpen.not()),
                ticker));
        ReaderScreen screen = new ReaderScreen(reader, settings, measurer, fonts);
        screen.setSpeechTo(speechTo);
        screen.setOnNotice(notices::show);
        StoryMarks.attach(memory, story, screen.marks(), stage.getScene());
        new ReaderPanels(screen, model, memory, settings, theme, fonts, overlays).install(screen.commands());
        return screen;
    }

    private void title(Story story) {
        stage.setTitle(WindowTitle.of(story.metadata()));
    }

    private void showOverlay(Node node, Runnable focus) {
        closeOverlay();
        overlay = new Overlay(node, focus);
        overlayOpen.set(true);
        layers.getChildren().add(node);
        focus.run();
    }

    private void closeOverlay() {
        if (overlay != null) {
            layers.getChildren().remove(overlay.node());
            overlay = null;
            overlayOpen.set(false);
            focusDefault();
        }
    }

    private void focusDefault() {
        if (overlay != null) {
            overlay.focus().run();
        } else if (screen instanceof ConsentScreen consent) {
            consent.focusDefault();
        } else if (screen instanceof ProblemScreen problem) {
            problem.focusDefault();
        } else if (screen != null) {
            layers.requestFocus();
        }
    }

    /** A key anywhere in the window: its command, run by what is in view. */
    private void onKey(KeyEvent event) {
        Optional<ReaderCommand> command = Keys.MAP.commandFor(event);
        if (command.isPresent() && run(command.get())) {
            event.consume();
        }
    }

    /**
     * The window's own commands on every screen; then an open panel's (it takes every other key for its
     * controls); then the reading view's, unless typing goes to its search field; else the first screen's.
     */
    private boolean run(ReaderCommand command) {
        if (windowCommands.run(command)) {
            return true;
        }
        if (overlay != null) {
            return panelCommands.run(command);
        }
        if (screen instanceof ReaderScreen reader) {
            return !reader.searchTakesKeys() && reader.handle(command);
        }
        return firstScreenCommands.run(command);
    }

    private CommandTable windowCommands() {
        return new CommandTable().on(ReaderCommand.QUIT, this::quit)
                .on(ReaderCommand.OPEN_FILE, () -> picker.pick(stage, model.file()).ifPresent(model::open))
                .on(ReaderCommand.FULL_SCREEN, () -> stage.setFullScreen(!stage.isFullScreen()));
    }

    /** Esc closes the panel; read aloud's speed keys work over it too (the voice reads on under it). */
    private CommandTable panelCommands() {
        CommandTable commands = new CommandTable().on(ReaderCommand.ESCAPE, this::closeOverlay);
        for (ReaderCommand speed : ReadAloudKeys.OVER_PANELS) {
            commands.when(speed, () -> screen instanceof ReaderScreen, () -> ((ReaderScreen) screen).handle(speed));
        }
        return commands;
    }

    /**
     * Consent and problem screens: Esc leaves; Enter presses the focused button or starts reading; T dims
     * the first screen for a reader opening Quire in the dark.
     */
    private CommandTable firstScreenCommands() {
        return new CommandTable()
                .on(ReaderCommand.NEXT_THEME, () -> settings.nextTheme(theme.effective()))
                .on(ReaderCommand.ESCAPE, this::quit)
                .when(ReaderCommand.ACCEPT, () -> stage.getScene().getFocusOwner() instanceof Button,
                        () -> ((Button) stage.getScene().getFocusOwner()).fire())
                .when(ReaderCommand.ACCEPT, () -> screen instanceof ConsentScreen, () -> ((ConsentScreen) screen).start());
    }

    private void quit() {
        stopReadingAloud();
        placer.remember();
        stage.close();
    }

    /**
     * Called on every way out, including Platform.exit (Cmd+Q on macOS), before settings are flushed: the
     * window's place, and the page in view as read.
     */
    void beforeExit() {
        placer.remember();
        pace.ifPresent(StoryPace::finish);
        pace = Optional.empty();
    }

    /** Ends reading aloud for good: the sound stops and a --speech-to file gets its final header. */
    void stopReadingAloud() {
        if (screen instanceof ReaderScreen reader) {
            reader.closeReadAloud();
        }
    }
}
