package quire.app;

import java.util.function.Supplier;
import javafx.scene.Node;
import quire.marks.Highlight;
import quire.story.Story;
import quire.ui.FontCatalog;
import quire.ui.SettingsModel;
import quire.ui.command.CommandTable;
import quire.ui.command.ReaderCommand;
import quire.ui.marks.ExportedMarks;
import quire.ui.marks.MarksPanel;
import quire.ui.marks.NoteEditor;
import quire.ui.page.ReaderModel;
import quire.ui.panel.HelpOverlay;
import quire.ui.reading.ContentsOverlay;
import quire.ui.reading.GoToPageOverlay;
import quire.ui.reading.ReaderScreen;
import quire.ui.reading.StoryInfoOverlay;
import quire.ui.search.SearchResultsOverlay;
import quire.ui.settings.SettingsPanel;

/**
 * The panels that open over the reading view, made here from what they show, and the keys that open
 * them; with them the keys that change the same reading settings as the settings panel (text size,
 * theme). The window only shows a panel and closes it ({@link Overlays}).
 */
final class ReaderPanels {
    /** Where panels are shown: one at a time, over the page, Esc closing it. */
    interface Overlays {
        void show(Node panel, Runnable focus);

        void close();
    }

    private final ReaderScreen reader;
    private final AppModel app;
    private final Remembered memory;
    private final SettingsModel settings;
    private final WindowTheme theme;
    private final Supplier<FontCatalog> fonts;
    private final Overlays overlays;

    ReaderPanels(ReaderScreen reader, AppModel app, Remembered memory, SettingsModel settings, WindowTheme theme,
                 Supplier<FontCatalog> fonts, Overlays overlays) {
        this.reader = reader;
        this.app = app;
        this.memory = memory;
        this.settings = settings;
        this.theme = theme;
        this.fonts = fonts;
        this.overlays = overlays;
    }

    /** Adds the panels' keys and the settings keys to the reading view's table. */
    void install(CommandTable commands) {
        commands.on(ReaderCommand.GO_TO_PAGE, this::goToPage)
                .on(ReaderCommand.CONTENTS, this::contents)
                .on(ReaderCommand.STORY_INFO, this::storyInfo)
                .on(ReaderCommand.SETTINGS, this::settingsPanel)
                .on(ReaderCommand.HELP, this::help)
                .on(ReaderCommand.MARKS, this::marks)
                .on(ReaderCommand.NOTE, () -> reader.noteTarget().ifPresent(this::editNote))
                .on(ReaderCommand.BIGGER_TEXT, settings::biggerText)
                .on(ReaderCommand.SMALLER_TEXT, settings::smallerText)
                .on(ReaderCommand.DEFAULT_TEXT, settings::defaultText)
                .on(ReaderCommand.NEXT_THEME, () -> settings.nextTheme(theme.effective()));
        reader.setOnShowAllMatches(this::allMatches);
        reader.setOnNoteClicked(this::editNote);
    }

    private void goToPage() {
        ReaderModel pages = reader.model();
        pages.finishLayout();
        GoToPageOverlay goTo = new GoToPageOverlay(pages.pageIndexProperty().get(),
                pages.paginationProperty().get().pageCount(), pages::goToPage, pages::goToFraction, overlays::close);
        overlays.show(goTo, goTo::focusDefault);
    }

    private void contents() {
        ContentsOverlay contents = new ContentsOverlay(reader.model(), overlays::close);
        overlays.show(contents, contents::focusDefault);
    }

    private void storyInfo() {
        Story story = reader.model().story();
        StoryInfoOverlay info = new StoryInfoOverlay(story, settings.get().appearance().hideWarnings(),
                app.consentSkipped(story), new StoryInfoOverlay.Pace(memory.story(story.contentHash()).pace(),
                memory.preferences().pace()), overlays::close, () -> app.askAgain(story));
        overlays.show(info, info::focusDefault);
    }

    private void settingsPanel() {
        Story story = reader.model().story();
        SettingsPanel panel = new SettingsPanel(settings, fonts.get(), new SettingsPanel.Actions(
                app.consentSkipped(story), () -> app.askAgain(story), theme.systemSays(),
                reader.model().language(), reader::voices, overlays::close));
        overlays.show(panel, panel::focusDefault);
    }

    private void help() {
        HelpOverlay help = new HelpOverlay(overlays::close);
        overlays.show(help, help::focusDefault);
    }

    /** The marks panel; choosing a mark goes to its page. */
    private void marks() {
        ReaderModel pages = reader.model();
        MarksPanel panel = new MarksPanel(reader.marks(), new MarksPanel.Actions(
                mark -> pages.labels().placeLabel(mark.range().start()),
                mark -> pages.reveal(mark.range().start()),
                format -> ExportedMarks.text(pages, reader.marks(), format),
                ExportedMarks.fileName(pages), overlays::close, reader.selection()::selection,
                reader.selection()::clear));
        overlays.show(panel, panel::focusDefault);
    }

    /** The note editor for {@code highlight}; saving writes the note, Esc or Cancel leaves it as it was. */
    private void editNote(Highlight highlight) {
        NoteEditor editor = new NoteEditor(highlight.quote().exact(), highlight.note(), note -> {
            reader.marks().setNote(highlight.id(), note);
            overlays.close();
        }, overlays::close);
        overlays.show(editor, editor::focusDefault);
    }

    /** The list of every match, as a panel; choosing one goes there and returns to the search bar. */
    private void allMatches() {
        ReaderModel pages = reader.model();
        SearchResultsOverlay matches = new SearchResultsOverlay(reader.search(), pages.labels()::pageLabel,
                pages.exactProperty(), () -> {
                    overlays.close();
                    if (reader.isSearchOpen()) {
                        reader.openSearch();
                    }
                });
        overlays.show(matches, matches::focusDefault);
    }
}
