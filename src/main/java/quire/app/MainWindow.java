package quire.app;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import quire.access.Accessibility;
import quire.marks.Highlight;
import quire.settings.StoryState;
import quire.story.Story;
import quire.ui.ConsentScreen;
import quire.ui.ContentsOverlay;
import quire.ui.ExportedMarks;
import quire.ui.FontCatalog;
import quire.ui.FxTextMeasurer;
import quire.ui.GoToPageOverlay;
import quire.ui.HelpOverlay;
import quire.ui.MarksPanel;
import quire.ui.NoteEditor;
import quire.ui.NoticeBar;
import quire.ui.ProblemScreen;
import quire.ui.ReaderKeys;
import quire.ui.ReaderModel;
import quire.ui.ReaderScreen;
import quire.ui.ReaderWarmUp;
import quire.ui.SearchResultsOverlay;
import quire.ui.SettingsModel;
import quire.ui.SettingsPanel;
import quire.ui.StoryInfoOverlay;
import quire.ui.WindowTitle;

/**
 * The one window. It shows the screen {@link AppModel} names, puts panels over it, applies the theme,
 * and routes every key in one place, a filter on the scene, so the reader's keys work whatever control
 * has focus. Panels take the keys while open (but read aloud's speed keys); Esc closes them.
 */
public final class MainWindow {
    static final String STYLESHEET = "/quire/ui/quire.css";

    private final Stage stage;
    private final AppModel model;
    private final Memory memory;
    private final FxTextMeasurer measurer;
    private final SettingsModel settings;
    private final StackPane layers = new StackPane();
    private final NoticeBar notices = new NoticeBar();
    private final WindowPlacer placer;
    private final Supplier<FontCatalog> fonts = new Memoized<>(FontCatalog::ofThisMachine);
    private WindowTheme theme;
    private final Optional<java.nio.file.Path> speechTo;
    private Node screen;
    private Overlay overlay;
    /** True while a panel covers the page: time spent in it is not reading time. */
    private final javafx.beans.property.BooleanProperty overlayOpen = new javafx.beans.property.SimpleBooleanProperty();
    private Optional<StoryPace> pace = Optional.empty();
    /** The reading view being prepared while the consent screen is shown. */
    private Optional<ReaderWarmUp> warmUp = Optional.empty();

    /** An open panel and how to give it focus. */
    private record Overlay(Node node, Runnable focus) {
    }

    MainWindow(Stage stage, AppModel model, Memory memory, FxTextMeasurer measurer) {
        this(stage, model, memory, measurer, Optional.empty());
    }

    /** {@code speechTo}: read aloud into this WAV file instead of the sound card. */
    MainWindow(Stage stage, AppModel model, Memory memory, FxTextMeasurer measurer, Optional<java.nio.file.Path> speechTo) {
        this.speechTo = speechTo;
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
        showScreen(model.screen());
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
                    memory.wordsPerMinute(consent.story().contentHash()), new ConsentScreen.Choices() {
                @Override
                public void startReading(boolean dontAskAgain) {
                    model.startReading(dontAskAgain);
                }

                @Override
                public void leave() {
                    quit();
                }
            });
            title(consent.story());
            prepareReading(consent.story());
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
        FirstFrame.then(scene, () -> warmUp = Optional.of(ReaderWarmUp.start(story, settings.get(), fonts.get(),
                scene.getWidth(), scene.getHeight(), measurer, Platform::runLater)));
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
                quire.pace.Ticker.system()));
        ReaderScreen screen = new ReaderScreen(reader, settings, measurer, fonts);
        screen.setSpeechTo(speechTo);
        screen.setOnNotice(notices::show);
        screen.setOnShowAllMatches(() -> showAllMatches(screen));
        StoryMarks.attach(memory, story, screen.marks(), stage.getScene());
        screen.setOnNoteClicked(highlight -> editNote(screen, highlight));
        return screen;
    }

    /** The list of every match, as a panel; choosing one goes there and returns to the search bar. */
    private void showAllMatches(ReaderScreen reader) {
        ReaderModel pages = reader.model();
        SearchResultsOverlay matches = new SearchResultsOverlay(reader.search(), pages::pageLabel,
                pages.exactProperty(), () -> {
                    closeOverlay();
                    if (reader.isSearchOpen()) {
                        reader.openSearch();
                    }
                });
        showOverlay(matches, matches::focusDefault);
    }

    /** The marks panel; choosing a mark goes to its page. */
    private void showMarks(ReaderScreen reader) {
        ReaderModel pages = reader.model();
        MarksPanel panel = new MarksPanel(reader.marks(), new MarksPanel.Actions(
                mark -> pages.placeLabel(mark.range().start()),
                mark -> pages.reveal(mark.range().start()),
                format -> ExportedMarks.text(pages, reader.marks(), format),
                ExportedMarks.fileName(pages), this::closeOverlay, reader.selection()::selection,
                reader.selection()::clear));
        showOverlay(panel, panel::focusDefault);
    }

    /** The note editor for {@code highlight}; saving writes the note, Esc or Cancel leaves it as it was. */
    private void editNote(ReaderScreen reader, Highlight highlight) {
        NoteEditor editor = new NoteEditor(highlight.quote().exact(), highlight.note(), note -> {
            reader.marks().setNote(highlight.id(), note);
            closeOverlay();
        }, this::closeOverlay);
        showOverlay(editor, editor::focusDefault);
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

    private void onKey(KeyEvent event) {
        if (event.getCode() == KeyCode.Q && event.isShortcutDown()) {
            quit();
        } else if (event.getCode() == KeyCode.F11) {
            stage.setFullScreen(!stage.isFullScreen());
        } else if (overlay != null) {
            if (event.getCode() == KeyCode.ESCAPE) {
                closeOverlay();
            } else if (!speedKeyOverPanel(event)) {
                return; // the panel's own controls take the key
            }
        } else if (screen instanceof ReaderScreen reader) {
            if (reader.searchTakesKeys()) {
                return; // typing goes to the search field; it handles Enter, F3 and Esc itself
            }
            Optional<ReaderKeys.Command> command = ReaderKeys.commandFor(event);
            if (command.isEmpty()) {
                return;
            }
            onReaderCommand(reader, command.get());
        } else if (!onFirstScreenKey(event)) {
            return;
        }
        event.consume();
    }

    /**
     * Ctrl+[ and Ctrl+] change read aloud's speed over any panel too: no control in a panel uses them, the
     * voice reads on under a panel, and the settings panel's speed slider shows the change at once.
     */
    private boolean speedKeyOverPanel(KeyEvent event) {
        if (!(screen instanceof ReaderScreen reader)) {
            return false;
        }
        Optional<ReaderKeys.Command> speed = ReaderKeys.commandFor(event).filter(
                c -> c == ReaderKeys.Command.SLOWER_SPEECH || c == ReaderKeys.Command.FASTER_SPEECH);
        speed.ifPresent(reader::handle);
        return speed.isPresent();
    }

    private void onReaderCommand(ReaderScreen reader, ReaderKeys.Command command) {
        ReaderModel pages = reader.model();
        switch (command) {
            case GO_TO_PAGE -> {
                pages.finishLayout();
                GoToPageOverlay goTo = new GoToPageOverlay(pages.pageIndexProperty().get(),
                        pages.paginationProperty().get().pageCount(), pages::goToPage, pages::goToFraction,
                        this::closeOverlay);
                showOverlay(goTo, goTo::focusDefault);
            }
            case BIGGER_TEXT -> settings.biggerText();
            case SMALLER_TEXT -> settings.smallerText();
            case DEFAULT_TEXT -> settings.defaultText();
            case NEXT_THEME -> settings.nextTheme(theme.effective());
            case STORY_INFO -> {
                Story story = pages.story();
                StoryInfoOverlay info = new StoryInfoOverlay(story, settings.get().appearance().hideWarnings(),
                        model.consentSkipped(story), new StoryInfoOverlay.Pace(memory.story(story.contentHash()).pace(),
                        memory.preferences().pace()), this::closeOverlay, () -> model.askAgain(story));
                showOverlay(info, info::focusDefault);
            }
            case CONTENTS -> {
                ContentsOverlay contents = new ContentsOverlay(pages, this::closeOverlay);
                showOverlay(contents, contents::focusDefault);
            }
            case HELP -> {
                HelpOverlay help = new HelpOverlay(this::closeOverlay);
                showOverlay(help, help::focusDefault);
            }
            case SETTINGS -> {
                Story story = pages.story();
                SettingsPanel panel = new SettingsPanel(settings, fonts.get(), new SettingsPanel.Actions(
                        model.consentSkipped(story), () -> model.askAgain(story), theme.systemSays(),
                        reader.model().language(), reader::voices, this::closeOverlay));
                showOverlay(panel, panel::focusDefault);
            }
            case MARKS -> showMarks(reader);
            case NOTE -> reader.noteTarget().ifPresent(highlight -> editNote(reader, highlight));
            default -> reader.handle(command);
        }
    }

    /** Consent and problem screens: Esc leaves; Enter presses the focused button or the default one. */
    private boolean onFirstScreenKey(KeyEvent event) {
        // A reader opening Quire in the dark can dim the first screen before choosing.
        if (event.getCode() == KeyCode.T && !event.isShortcutDown() && !event.isAltDown()) {
            settings.nextTheme(theme.effective());
            return true;
        }
        if (event.getCode() == KeyCode.ESCAPE) {
            quit();
            return true;
        }
        if (event.getCode() == KeyCode.ENTER) {
            if (stage.getScene().getFocusOwner() instanceof Button focused) {
                focused.fire();
                return true;
            }
            if (screen instanceof ConsentScreen consent) {
                consent.start();
                return true;
            }
        }
        return false;
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
