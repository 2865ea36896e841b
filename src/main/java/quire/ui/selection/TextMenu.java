package quire.ui.selection;

import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The right-click menu on the pages: Copy, Copy with reference, Search for the selected words, Select
 * pages in view. Made on the first right-click, not at start-up. The menu is a window of its own, so it
 * is given the theme's colours each time it opens.
 */
final class TextMenu {
    /** What the menu's items do. */
    interface Actions {
        void copy(boolean withReference);

        void searchFor(String text);

        void selectPagesInView();
    }

    private final ContextMenu menu = new ContextMenu();

    TextMenu(SelectionModel selection, Actions actions) {
        MenuItem copy = item("Copy", "menu-copy");
        copy.setOnAction(e -> actions.copy(false));
        MenuItem copyReference = item("Copy with reference", "menu-copy-reference");
        copyReference.setOnAction(e -> actions.copy(true));
        MenuItem find = item("Search for selection", "menu-search");
        find.setOnAction(e -> actions.searchFor(oneLine(selection.selectedText())));
        MenuItem all = item("Select pages in view", "menu-select-all");
        all.setOnAction(e -> actions.selectPagesInView());
        menu.getItems().setAll(copy, copyReference, find, new SeparatorMenuItem(), all);
        menu.setOnShowing(e -> {
            boolean none = selection.selection().isEmpty();
            copy.setDisable(none);
            copyReference.setDisable(none);
            find.setDisable(none);
            find.setText(none ? "Search for selection" : "Search for \u201c" + shortened(selection.selectedText()) + "\u201d");
        });
    }

    void show(Node owner, double screenX, double screenY, String themeStyle) {
        menu.setStyle(themeStyle);
        menu.show(owner, screenX, screenY);
    }

    void hide() {
        menu.hide();
    }

    boolean isShowing() {
        return menu.isShowing();
    }

    private static MenuItem item(String text, String id) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        return item;
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String shortened(String text) {
        String one = oneLine(text);
        return one.length() <= 24 ? one : one.substring(0, 23).strip() + "\u2026";
    }
}
