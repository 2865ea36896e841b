package quire.ui.selection;

import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import quire.layout.Pagination;
import quire.text.CopyText;
import quire.ui.RangeLayers;
import quire.ui.WindowTitle;
import quire.ui.command.CommandTable;
import quire.ui.command.ReaderCommand;
import quire.ui.page.PageView;
import quire.ui.page.ReaderModel;
import quire.ui.scroll.ScrollModel;
import quire.ui.search.SearchBar;
import quire.ui.search.SearchModel;

/**
 * Taking the text in the reading view: the selection and its mouse gestures, copying, the right-click
 * menu, and the search bar with its matches. It owns these commands (Ctrl+C, Ctrl+A, Ctrl+F, F3, Esc) so
 * the reader screen only routes them here. The bar and the menu are made when first used.
 */
public final class SelectionController {
    /** Space between the search bar and the window's bottom edge. */
    private static final double BAR_ABOVE_WINDOW_EDGE = 6;
    /** Below this width the bar drops its copy of "Page X of Y" rather than squeeze its buttons. */
    private static final double WHERE_NEEDS_WIDTH = 720;

    private final ReaderModel model;
    private final Pane pageArea;
    private final StackPane centre;
    private final ObservableDoubleValue footerHeight;
    private final SelectionModel selection;
    private final SearchModel search;
    private final SelectionGestures gestures;
    private SearchBar bar;
    private TextMenu menu;
    private String where = "";
    private Runnable onShowAllMatches = () -> {
    };

    /**
     * @param centre       where the search bar goes, over the page area
     * @param footerHeight the footer's height: the bar sits over the footer, not over the text
     * @param turns        what a click in a side third of the page does (a page, or a screen in Scroll mode)
     */
    public SelectionController(ReaderModel model, RangeLayers ranges, Pane pageArea, StackPane centre, PageView left, PageView right,
              ObservableDoubleValue footerHeight, SelectionGestures.Turns turns) {
        this.model = model;
        this.pageArea = pageArea;
        this.centre = centre;
        this.footerHeight = footerHeight;
        this.selection = new SelectionModel(model.blockTexts(), ranges);
        this.search = new SearchModel(model.blockTexts(), ranges, model::anchor, model::reveal);
        this.gestures = new SelectionGestures(pageArea, left, right, selection, turns);
        // The menu opens on the right button's press (as on Linux desktops) and on the menu key.
        pageArea.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            if (menu == null || !menu.isShowing()) {
                showMenu(event.getX(), event.getY(), event.getScreenX(), event.getScreenY());
            }
            event.consume();
        });
        pageArea.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            if (event.getButton() == MouseButton.SECONDARY) {
                showMenu(event.getX(), event.getY(), event.getScreenX(), event.getScreenY());
                event.consume();
            } else if (menu != null) {
                menu.hide();
            }
        });
    }

    public SelectionModel selection() {
        return selection;
    }

    public SearchModel search() {
        return search;
    }

    /** Scroll mode's column, which a selecting drag held past the top or bottom edge scrolls. */
    public void scrollWhileDragging(ScrollModel scroll) {
        gestures.scrollWhileDragging(scroll);
    }

    /** What a plain click on the text does before it may turn the page (see {@link SelectionGestures}). */
    public void setOnTextClicked(java.util.function.Predicate<quire.place.Anchor> taken) {
        gestures.setOnTextClicked(taken);
    }

    public void setOnShowAllMatches(Runnable action) {
        onShowAllMatches = action;
    }

    public boolean searchTakesKeys() {
        return isSearchOpen() && bar.fieldHasFocus();
    }

    public boolean isSearchOpen() {
        return bar != null && centre.getChildren().contains(bar);
    }

    /** The page in view, for the search bar while it covers the footer. */
    public void setWhere(String text) {
        where = text;
        if (bar != null) {
            bar.setWhere(text);
        }
    }

    /** Runs a selection or search command; false for commands that are not about the text. */
    /** Copy, select what is in view, search; Esc closes the search bar while it is open, else clears the selection. */
    public void install(CommandTable commands) {
        commands.on(ReaderCommand.COPY, () -> copy(false))
                .on(ReaderCommand.SELECT_ALL, this::selectPagesInView)
                .on(ReaderCommand.FIND, this::openSearch)
                .on(ReaderCommand.FIND_ALL, () -> {
                    openSearch();
                    onShowAllMatches.run();
                })
                .on(ReaderCommand.FIND_NEXT, () -> {
                    openSearch();
                    bar.next();
                })
                .on(ReaderCommand.FIND_PREVIOUS, () -> {
                    openSearch();
                    bar.previous();
                })
                .when(ReaderCommand.ESCAPE, this::isSearchOpen, this::closeSearch)
                .on(ReaderCommand.ESCAPE, selection::clear);
    }

    private void selectPagesInView() {
        model.textInView().ifPresent(selection::select);
    }

    /** Opens the search bar (with a short selection as its query) and puts the caret in it. */
    public void openSearch() {
        if (!isSearchOpen()) {
            centre.getChildren().add(bar());
            search.prepare();
        }
        String selected = selection.selectedText().strip();
        if (!selected.isEmpty() && selected.length() <= 100 && !selected.contains("\n")) {
            bar.searchFor(selected);
        }
        bar.focusField();
    }

    /** Closes the bar and clears its highlights; the reader stays on the page of the last match shown. */
    void closeSearch() {
        if (isSearchOpen()) {
            centre.getChildren().remove(bar);
            search.clear();
            pageArea.requestFocus();
        }
    }

    /** Puts the selected text on the clipboard exactly as written; with a reference line when asked. */
    boolean copy(boolean withReference) {
        String text = selection.selectedText();
        if (text.isEmpty()) {
            return false;
        }
        if (withReference) {
            model.finishLayout(); // "page X of Y" must be exact
            Pagination p = model.paginationProperty().get();
            text = CopyText.withReference(text, WindowTitle.storyName(model.story().metadata()).orElse(""),
                    p.pageIndexOf(selection.selection().get().start()) + 1, p.pageCount());
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        return true;
    }

    private void showMenu(double x, double y, double screenX, double screenY) {
        gestures.prepareMenu(x, y);
        if (menu == null) {
            menu = new TextMenu(selection, new TextMenu.Actions() {
                @Override
                public void copy(boolean withReference) {
                    SelectionController.this.copy(withReference);
                }

                @Override
                public void searchFor(String text) {
                    openSearch();
                    bar.searchFor(text);
                }

                @Override
                public void selectPagesInView() {
                    SelectionController.this.selectPagesInView();
                }
            });
        }
        var scene = pageArea.getScene();
        menu.show(pageArea, screenX, screenY, scene == null ? "" : scene.getRoot().getStyle());
    }

    /** The search bar, made the first time the reader searches. */
    private SearchBar bar() {
        if (bar == null) {
            bar = new SearchBar(search, new SearchBar.Actions() {
                @Override
                public void showAllMatches() {
                    onShowAllMatches.run();
                }

                @Override
                public void close() {
                    closeSearch();
                }
            });
            StackPane.setAlignment(bar, Pos.BOTTOM_CENTER);
            StackPane.setMargin(bar, new Insets(0, 16, 0, 16));
            bar.translateYProperty().bind(javafx.beans.binding.Bindings.subtract(footerHeight, BAR_ABOVE_WINDOW_EDGE));
            bar.setWhere(where);
            bar.showWhere(centre.widthProperty().greaterThan(WHERE_NEEDS_WIDTH));
        }
        return bar;
    }
}
