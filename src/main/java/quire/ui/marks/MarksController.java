package quire.ui.marks;

import java.util.Optional;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Polygon;
import quire.layout.Line;
import quire.layout.Page;
import quire.layout.Pagination;
import quire.marks.Highlight;
import quire.place.TextRange;
import quire.ui.command.CommandTable;
import quire.ui.command.ReaderCommand;
import quire.ui.page.ReaderModel;
import quire.ui.selection.SelectionModel;

/**
 * Marking the text in the reading view: B bookmarks the page in view (a ribbon in its corner shows
 * it), H highlights the selection or gives the highlight in hand its next colour, Delete removes the
 * highlight in hand, Ctrl+Z brings back the marks removed, the latest first. The highlight in hand is the one just
 * made or recoloured, or the one under the selection; a click on a highlight selects all of it, so the
 * same keys then apply to it. The reader screen routes these commands here.
 */
public final class MarksController {
    private final ReaderModel model;
    private final MarksModel marks;
    private final SelectionModel selection;
    private final Polygon[] ribbons = {ribbon("bookmark-ribbon-left"), ribbon("bookmark-ribbon-right")};
    private final NoteMarkers notes;
    private Optional<String> inHand = Optional.empty();
    /** Scroll mode: the lines drawn near the viewport, as the page view shows them. */
    private Page columnWindow;
    private quire.layout.PageSpec columnSpec;

    public MarksController(ReaderModel model, MarksModel marks, SelectionModel selection, Pane pageArea) {
        this.model = model;
        this.marks = marks;
        this.selection = selection;
        this.notes = new NoteMarkers(pageArea);
        pageArea.getChildren().addAll(ribbons);
        marks.bookProperty().addListener((o, was, now) -> showRibbons());
    }

    /** What a click on a note's marker in the margin does (the window opens the note). */
    public void setOnNoteClicked(java.util.function.Consumer<Highlight> action) {
        notes.setOnClicked(action);
    }

    /**
     * The highlight N writes a note on: the one holding the selection, or the selection highlighted
     * now, or without a selection the highlight in hand.
     */
    public Optional<Highlight> noteTarget() {
        Optional<TextRange> selected = selection.selection();
        if (selected.isPresent()) {
            Optional<Highlight> holding = marks.holding(selected.get());
            inHand = holding.isPresent() ? Optional.of(holding.get().id()) : marks.highlight(selected.get());
            selection.clear();
        }
        return inHand.flatMap(id -> marks.book().byId(id)).filter(Highlight.class::isInstance)
                .map(Highlight.class::cast).filter(this::inView);
    }

    public MarksModel marks() {
        return marks;
    }

    /** Runs a marking command; false for commands that are not about marks. */
    /** B, H, Delete and Ctrl+Z on the page (N and M open panels: the window adds those). */
    public void install(CommandTable commands) {
        commands.on(ReaderCommand.BOOKMARK, () -> pageRange(model.pageIndexProperty().get()).ifPresent(marks::toggleBookmark))
                .on(ReaderCommand.HIGHLIGHT, this::highlight)
                .on(ReaderCommand.DELETE_MARK, this::removeHighlightInHand)
                .on(ReaderCommand.UNDO, marks::undoRemoval);
    }

    private void removeHighlightInHand() {
        highlightInHand().ifPresent(h -> {
            if (selection.selection().filter(h.range()::equals).isPresent()) {
                selection.clear(); // selected by a click on it: show that it is gone
            }
            marks.remove(h.id());
            inHand = Optional.empty();
        });
    }

    /** The highlight a note, a new colour or Delete applies to, if there is one. */
    Optional<Highlight> highlightInHand() {
        Optional<TextRange> selected = selection.selection();
        if (selected.isPresent()) {
            return marks.book().highlightsTouching(selected.get()).stream().findFirst();
        }
        return inHand.flatMap(id -> marks.book().byId(id)).filter(Highlight.class::isInstance)
                .map(Highlight.class::cast).filter(this::inView);
    }

    /**
     * A click on the text at {@code place}: when it is on a highlight, that highlight's words are selected
     * and it is in hand (H, N and Delete apply to it); false when no highlight is there.
     */
    public boolean selectHighlightAt(quire.place.Anchor place) {
        Optional<Highlight> clicked = marks.book().highlights().stream().filter(Highlight::found)
                .filter(h -> h.range().start().compareTo(place) <= 0 && place.compareTo(h.range().end()) <= 0)
                .findFirst();
        clicked.ifPresent(h -> {
            selection.select(h.range());
            inHand = Optional.of(h.id());
        });
        return clicked.isPresent();
    }

    /** Makes {@code id} the highlight in hand, e.g. after a note was written on new words. */
    void hold(String id) {
        inHand = Optional.of(id);
    }

    private void highlight() {
        Optional<TextRange> selected = selection.selection();
        if (selected.isPresent()) {
            inHand = marks.highlight(selected.get());
            selection.clear(); // the colour is hidden under the selection's own
        } else {
            highlightInHand().ifPresent(h -> inHand = marks.highlight(h.range()));
        }
    }

    private boolean inView(Highlight h) {
        return model.textInView().map(view -> view.start().compareTo(h.range().end()) < 0
                && h.range().start().compareTo(view.end()) <= 0).orElse(false);
    }

    /** Where the ribbons go: the top right corner of each page in view that has a bookmark; and the notes. */
    public void showRibbons() {
        if (model.scrollMode()) {
            showColumnMarks(); // never a page's ribbon or dots over the column
            return;
        }
        Pagination pagination = model.paginationProperty().get();
        notes.clear();
        for (int i = 0; i < ribbons.length; i++) {
            int index = model.pageIndexProperty().get() + i;
            boolean shown = pagination != null && i < model.pagesInView() && index < pagination.pageCount()
                    && pageRange(index).flatMap(page -> marks.book().bookmarkIn(page)).isPresent();
            ribbons[i].setVisible(shown);
            if (shown) {
                double width = pagination.spec().width();
                ribbons[i].relocate(i * width + width - pagination.spec().margins().right() / 2 - 7, 0);
            }
            if (pagination != null && i < model.pagesInView() && index < pagination.pageCount()) {
                Page page = pagination.page(index);
                double pageX = i * pagination.spec().width();
                pageRange(index).ifPresent(range -> marks.book().highlightsTouching(range).stream()
                        .filter(Highlight::hasNote)
                        .forEach(h -> notes.add(h, page, pagination.spec(), pageX)));
            }
        }
    }

    /** Leaving a view: no ribbons and no note dots until it is drawn again. */
    public void hideRibbons() {
        notes.clear();
        for (Polygon ribbon : ribbons) {
            ribbon.setVisible(false);
        }
    }

    /** The dots move with this (the page view's offset: 0 on pages, the scroll in Scroll mode). */
    public void notesFollow(javafx.beans.value.ObservableDoubleValue translateY) {
        notes.followY(translateY);
    }

    /** Scroll mode drew {@code window}, the lines near the viewport: the note dots beside them follow. */
    public void showInColumn(Page window, quire.layout.PageSpec spec) {
        columnWindow = window;
        columnSpec = spec;
        showRibbons();
    }

    /**
     * Scroll mode: one ribbon in the window's top right corner while the page holding the place is
     * bookmarked (B marks that page there too), and a dot beside each noted highlight near the viewport.
     */
    private void showColumnMarks() {
        hideRibbons();
        Pagination pagination = model.paginationProperty().get();
        if (pagination == null || columnWindow == null) {
            return;
        }
        boolean marked = pageRange(model.pageIndexProperty().get()).flatMap(page -> marks.book().bookmarkIn(page))
                .isPresent();
        ribbons[0].setVisible(marked);
        if (marked) {
            ribbons[0].relocate(columnSpec.width() - columnSpec.margins().right() / 2 - 7, 0);
        }
        Line last = columnWindow.lines().get(columnWindow.lines().size() - 1);
        TextRange near = new TextRange(columnWindow.start(), new quire.place.Anchor(last.block(), last.end()));
        marks.book().highlightsTouching(near).stream().filter(Highlight::hasNote)
                .forEach(h -> notes.add(h, columnWindow, columnSpec, 0));
    }

    private Optional<TextRange> pageRange(int index) {
        Pagination pagination = model.paginationProperty().get();
        if (pagination == null || index >= pagination.pageCount()) {
            return Optional.empty();
        }
        Page page = pagination.page(index);
        Line last = page.lines().get(page.lines().size() - 1);
        return Optional.of(new TextRange(page.start(), new quire.place.Anchor(last.block(), last.end())));
    }

    private static Polygon ribbon(String id) {
        Polygon ribbon = new Polygon(0, 0, 14, 0, 14, 26, 7, 20, 0, 26);
        ribbon.getStyleClass().add("bookmark-ribbon");
        ribbon.setId(id);
        ribbon.setManaged(false);
        ribbon.setViewOrder(-1);
        ribbon.setMouseTransparent(true);
        ribbon.setVisible(false);
        // Screen readers (Orca through quire.access, Narrator, VoiceOver) read the ribbon as what it means.
        ribbon.setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);
        ribbon.setAccessibleText("Bookmarked page");
        ribbon.setAccessibleHelp("This page has a bookmark; "
                + quire.ui.command.Keys.MAP.keysOf(quire.ui.command.ReaderCommand.BOOKMARK) + " removes it");
        return ribbon;
    }
}
