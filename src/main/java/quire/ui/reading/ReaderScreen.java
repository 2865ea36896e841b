package quire.ui.reading;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import quire.layout.PageGeometry;
import quire.layout.PageSpec;
import quire.layout.Pagination;
import quire.layout.Typography;
import quire.marks.Highlight;
import quire.place.TextRange;
import quire.settings.PageMode;
import quire.settings.ReadingSettings;
import quire.speech.Voice;
import quire.ui.FontCatalog;
import quire.ui.FxTextMeasurer;
import quire.ui.RangeKind;
import quire.ui.RangeLayers;
import quire.ui.SettingsModel;
import quire.ui.command.CommandTable;
import quire.ui.command.ReaderCommand;
import quire.ui.marks.MarksController;
import quire.ui.marks.MarksModel;
import quire.ui.page.PageView;
import quire.ui.page.ReaderModel;
import quire.ui.readaloud.ReadAloudController;
import quire.ui.scroll.ScrollModel;
import quire.ui.scroll.ScrollView;
import quire.ui.search.SearchModel;
import quire.ui.selection.SelectionController;
import quire.ui.selection.SelectionGestures;
import quire.ui.selection.SelectionModel;

/**
 * The paginated reading view: one page, or two side by side when the window is wide enough, and a quiet
 * footer with "Page X of Y", percent read and time left. Clicking the left or right third of the page
 * and the mouse wheel turn pages; dragging selects ({@link SelectionGestures}); the search bar finds
 * words ({@code SearchBar}). Selection and search matches are ranges in one {@link RangeLayers}, drawn
 * behind the text by the page views. Its features add what their keys do to its {@link #commands()
 * table}; the window runs a key's command there.
 * Settings changes re-lay the story out around the reader's anchor; ranges follow their words. In
 * Scroll mode ({@link ScrollModel}, {@link ScrollView}) the same page view shows the lines near the
 * viewport of one continuous column, and the move keys, the wheel and the side clicks scroll it.
 */
public final class ReaderScreen extends BorderPane {

    private final ReaderModel model;
    private final SettingsModel settings;
    private final Supplier<FontCatalog> fonts;
    private final PageTurnFade fade;
    private final PageView left;
    private final PageView right;
    private final Pane pageArea = new Pane();
    private final StackPane centre = new StackPane();
    private final RangeLayers ranges = new RangeLayers();
    private final ReaderFooter footer = new ReaderFooter();
    private final CommandTable commands = new CommandTable();
    private final SelectionController text;
    private final MarksController marks;
    private final ScrollModel scroll;
    private final ScrollView scrollView;
    private ReadAloudController readAloud;
    private Optional<Path> speechTo = Optional.empty();
    private Consumer<String> notices = message -> {
    };
    private final WheelTurns wheel;

    public ReaderScreen(ReaderModel model, SettingsModel settings, FxTextMeasurer measurer,
                        Supplier<FontCatalog> fonts) {
        this.model = model;
        this.settings = settings;
        this.fonts = fonts;
        this.fade = new PageTurnFade(pageArea);
        this.left = new PageView(measurer, ranges, model.blockTexts(), model.pictures());
        this.right = new PageView(measurer, ranges, model.blockTexts(), model.pictures());
        footer.names(left);
        this.text = new SelectionController(model, ranges, pageArea, centre, left, right, footer.bar().heightProperty(),
                new SelectionGestures.Turns() {
                    @Override
                    public void previous() {
                        handle(ReaderCommand.PREVIOUS_PAGE);
                    }

                    @Override
                    public void next() {
                        handle(ReaderCommand.NEXT_PAGE);
                    }
                });
        this.marks = new MarksController(model, new MarksModel(model.blockTexts(), ranges), text.selection(), pageArea);
        text.setOnTextClicked(marks::selectHighlightAt);
        this.scroll = new ScrollModel(model);
        text.scrollWhileDragging(scroll);
        this.scrollView = new ScrollView(scroll, left, pageArea, marks::showInColumn);
        this.wheel = new WheelTurns(scroll, direction -> turnedByReader(direction > 0 ? model::nextPage
                : model::previousPage), System::nanoTime);
        marks.notesFollow(left.translateYProperty());
        installCommands();
        createView();
        initListeners();
    }

    public ReaderModel model() {
        return model;
    }

    /** Scroll mode's column and position (active only in Scroll mode). */
    public ScrollModel scroll() {
        return scroll;
    }

    /** Draws Scroll mode; for the frame-time benchmark. */
    ScrollView scrollView() {
        return scrollView;
    }

    public SelectionModel selection() {
        return text.selection();
    }

    public SearchModel search() {
        return text.search();
    }

    /** The story's bookmarks and highlights; the window loads the saved ones and keeps them saved. */
    public MarksModel marks() {
        return marks.marks();
    }

    /** The highlight a note (N) is written on, highlighting the selection first when it is not yet one. */
    public Optional<Highlight> noteTarget() {
        return marks.noteTarget();
    }

    /** What a click on a note's marker in the margin does. */
    public void setOnNoteClicked(Consumer<Highlight> action) {
        marks.setOnNoteClicked(action);
    }

    /** What "All" on the search bar and Ctrl+Shift+F open: the window shows the list as a panel. */
    public void setOnShowAllMatches(Runnable action) {
        text.setOnShowAllMatches(action);
    }

    /** True while typing goes to the search field (or the read aloud bar has focus): the window leaves the keys. */
    public boolean searchTakesKeys() {
        return text.searchTakesKeys() || readAloud != null && readAloud.barTakesKeys();
    }

    /** Read aloud into this WAV file instead of the sound card ({@code --speech-to}). */
    public void setSpeechTo(Optional<Path> file) {
        speechTo = file;
    }

    /** Where read aloud's notices go (nothing installed, no sound card, the story's end). */
    public void setOnNotice(Consumer<String> show) {
        notices = show;
    }

    /** The ranges of {@code kind} drawn now (the spoken word, the selection...). */
    public List<TextRange> rangesOf(RangeKind kind) {
        return ranges.get(kind);
    }

    /** True while reading aloud, paused or not. */
    public boolean isReadingAloud() {
        return readAloud != null && readAloud.isReading();
    }

    /**
     * The installed voices, for the settings panel's voice box: eSpeak loads for them the first time (off
     * the UI thread). {@code problem} gets what to install when it cannot. Both are called on the UI thread.
     */
    public void voices(Consumer<List<Voice>> then,
                       Consumer<String> problem) {
        readAloud().withVoices(then, problem);
    }

    /** The reading settings in force now (tests). */
    public ReadingSettings readingSettings() {
        return settings.get();
    }

    /** The voice read aloud last asked eSpeak for; empty before (tests). */
    public String readAloudVoiceInUse() {
        return readAloud == null ? "" : readAloud.voiceInUse();
    }

    /** Milliseconds from the last R to its first sound reaching the output; -1 before. */
    public double readAloudFirstSoundMillis() {
        return readAloud == null ? -1 : readAloud.firstSoundMillis();
    }

    /** Stops reading aloud for good (the window closes or shows another screen); the WAV file is finished. */
    public void closeReadAloud() {
        if (readAloud != null) {
            readAloud.close();
        }
    }

    /** Made on the first read aloud command: a reader who never presses R loads none of it. */
    private ReadAloudController readAloud() {
        if (readAloud == null) {
            readAloud = new ReadAloudController(model, ranges, settings, centre, footer.bar().heightProperty(),
                    text.selection()::selection,
                    message -> notices.accept(message), speechTo);
            // The bar sits over the footer's right end: the footer's words move to its left end meanwhile.
            readAloud.setOnBarShown(footer::makeRoomOnTheRight);
        }
        return readAloud;
    }

    public boolean isSearchOpen() {
        return text.isSearchOpen();
    }

    /** Opens the search bar and puts the caret in it. */
    public void openSearch() {
        text.openSearch();
    }

    /**
     * What the reader's keys do on this screen. The window adds the panels' keys; a command with no
     * handler here (a panel's, while none is added) does nothing.
     */
    public CommandTable commands() {
        return commands;
    }

    /** Runs {@code command} as its key would. */
    public boolean handle(ReaderCommand command) {
        return commands.run(command);
    }

    /**
     * Read aloud first (while it reads, Esc stops it), then the moves (Scroll mode's own while it is on),
     * then marks, selection and search.
     */
    private void installCommands() {
        commands.on(ReaderCommand.READ_ALOUD, () -> readAloud().playPause())
                .on(ReaderCommand.SLOWER_SPEECH, () -> readAloud().slower())
                .on(ReaderCommand.FASTER_SPEECH, () -> readAloud().faster())
                .when(ReaderCommand.ESCAPE, this::isReadingAloud, () -> readAloud().stop());
        PageMoves.install(commands, model, scroll, this::turnedByReader);
        marks.install(commands);
        text.install(commands);
    }

    /** A page turn the reader asked for; while reading aloud, the voice moves on to the new page. */
    private void turnedByReader(Runnable turn) {
        int before = model.pageIndexProperty().get();
        turn.run();
        readingFollows(before);
    }

    /** While reading aloud, the voice moves on when the reader's move left page {@code before}. */
    private void readingFollows(int before) {
        if (readAloud != null && model.pageIndexProperty().get() != before) {
            readAloud.readerTurnedPage();
        }
    }

    /** The footer's words, e.g. "Page 3 of 12 · 25% · 9 min left", or "Ch. 3 · Page 41 of 380 · …". */
    public String footerText() {
        return footer.text();
    }

    private void createView() {
        getStyleClass().add("reader");
        pageArea.getStyleClass().add("page-area");
        pageArea.getChildren().addAll(left, right);
        pageArea.setMinSize(0, 0);
        centre.getChildren().add(pageArea);
        centre.setMinSize(0, 0);
        // The search bar sits over the footer and the bottom margin, not over the text, so a match is
        // never hidden under it; it repeats the footer's "Page X of Y" while it covers the footer.
        centre.setViewOrder(-1);
        setCenter(centre);
        setBottom(footer.bar());
    }

    private void initListeners() {
        pageArea.widthProperty().addListener((o, was, now) -> relayout());
        pageArea.heightProperty().addListener((o, was, now) -> relayout());
        settings.settingsProperty().addListener((o, was, now) -> relayout());
        model.paginationProperty().addListener((o, was, now) -> redraw());
        model.pageIndexProperty().addListener((o, was, now) -> {
            if (!scroll.active()) {
                redraw();
                turnAnimation();
            } else {
                marks.showRibbons(); // the ribbon follows the page that holds the place
            }
        });
        scroll.topProperty().addListener((o, was, now) -> updateFooter());
        model.anchorProperty().addListener((o, was, now) -> {
            if (scroll.active()) {
                updateFooter();
            }
        });
        model.layoutProgressProperty().addListener((o, was, now) -> updateFooter());
        model.time().wordsPerMinuteProperty().addListener((o, was, now) -> updateFooter());
        footer.bar().widthProperty().addListener((o, was, now) -> updateFooter());
        ranges.versionProperty().addListener((o, was, now) -> {
            left.showRanges();
            right.showRanges();
        });
        pageArea.addEventHandler(ScrollEvent.SCROLL, wheel::onScroll);
    }

    private void relayout() {
        double width = pageArea.getWidth();
        double height = pageArea.getHeight();
        if (width < 1 || height < 1) {
            return;
        }
        ReadingSettings s = settings.get();
        Typography typography = ReadingTypography.of(s, fonts.get());
        PageMode mode = s.pageLayout().pageMode();
        double margins = s.fontAndSpacing().marginScale();
        if (mode == PageMode.SCROLL) {
            // One page per screen: the pages' lines are the column's, and "p. 12" still means something.
            PageSpec spec = PageGeometry.single(width, height, typography, margins);
            fade.stop();
            right.setVisible(false);
            marks.hideRibbons();
            scroll.setViewport(height);
            scroll.setActive(true);
            model.layout(spec, 1);
            scrollView.show(true);
            updateFooter();
            return;
        }
        if (scroll.active()) {
            scroll.setActive(false);
            scrollView.show(false);
        }
        boolean two = mode == PageMode.TWO
                || mode == PageMode.AUTO && PageGeometry.fitsTwoPages(width, typography, margins);
        PageSpec spec = two ? PageGeometry.spreadPage(width, height, typography, margins)
                : PageGeometry.single(width, height, typography, margins);
        long started = System.nanoTime();
        model.layout(spec, two ? 2 : 1);
        redraw();
        if (LayoutTimings.ON && getScene() != null) {
            LayoutTimings.logWhenDrawn(getScene(), model,
                    "layout for " + typography.fontFamily() + " " + typography.fontSize() + " px", started);
        }
    }

    private void redraw() {
        Pagination pagination = model.paginationProperty().get();
        if (pagination == null || scroll.active()) {
            return;
        }
        int index = model.pageIndexProperty().get();
        PageSpec spec = pagination.spec();
        left.show(pagination.page(index), spec);
        left.relocate(0, 0);
        boolean spread = model.pagesInView() == 2;
        boolean rightExists = spread && index + 1 < pagination.pageCount();
        right.setVisible(rightExists);
        if (rightExists) {
            right.show(pagination.page(index + 1), spec);
        }
        right.relocate(spec.width(), 0);
        marks.showRibbons();
        updateFooter();
    }

    /** While reading aloud the page turns by itself, under the listener's eyes: no fade then. */
    private void turnAnimation() {
        fade.turned(settings.get().appearance().reduceMotion() || isReadingAloud());
    }

    private void updateFooter() {
        String where = footer.show(model, scroll.active());
        if (where != null) {
            text.setWhere(where);
        }
    }


}
