package quire.access;

import javafx.scene.AccessibleRole;

/**
 * The AT-SPI2 role (its number in {@code AtspiRole}, and the name {@code GetRoleName} gives) for each
 * JavaFX {@link AccessibleRole}. Roles JavaFX has no counterpart for fall back to a panel, which screen
 * readers pass through.
 */
enum AtspiRole {
    APPLICATION(75, "application"),
    FRAME(23, "frame"),
    DIALOG(16, "dialog"),
    PANEL(39, "panel"),
    PUSH_BUTTON(43, "push button"),
    TOGGLE_BUTTON(62, "toggle button"),
    CHECK_BOX(7, "check box"),
    RADIO_BUTTON(44, "radio button"),
    COMBO_BOX(11, "combo box"),
    LABEL(29, "label"),
    LINK(88, "link"),
    ENTRY(79, "entry"),
    PASSWORD_TEXT(40, "password text"),
    TEXT(61, "text"),
    SLIDER(51, "slider"),
    SPIN_BUTTON(52, "spin button"),
    SCROLL_BAR(48, "scroll bar"),
    SCROLL_PANE(49, "scroll pane"),
    PROGRESS_BAR(42, "progress bar"),
    LIST(31, "list"),
    LIST_ITEM(32, "list item"),
    TABLE(55, "table"),
    TABLE_CELL(56, "table cell"),
    TABLE_ROW(90, "table row"),
    TABLE_COLUMN_HEADER(57, "table column header"),
    TREE(65, "tree"),
    TREE_ITEM(91, "tree item"),
    TREE_TABLE(66, "tree table"),
    MENU(33, "menu"),
    MENU_BAR(34, "menu bar"),
    MENU_ITEM(35, "menu item"),
    CHECK_MENU_ITEM(8, "check menu item"),
    RADIO_MENU_ITEM(45, "radio menu item"),
    POPUP_MENU(41, "popup menu"),
    PAGE_TAB(37, "page tab"),
    PAGE_TAB_LIST(38, "page tab list"),
    TOOL_BAR(63, "tool bar"),
    TOOL_TIP(64, "tool tip"),
    IMAGE(27, "image"),
    DATE_EDITOR(12, "date editor");

    private final int number;
    private final String roleName;

    AtspiRole(int number, String roleName) {
        this.number = number;
        this.roleName = roleName;
    }

    int number() {
        return number;
    }

    String roleName() {
        return roleName;
    }

    static AtspiRole of(AccessibleRole role) {
        if (role == null) {
            return PANEL;
        }
        switch (role) {
            case BUTTON:
            case INCREMENT_BUTTON:
            case DECREMENT_BUTTON:
            case MENU_BUTTON:
            case SPLIT_MENU_BUTTON:
                return PUSH_BUTTON;
            case TOGGLE_BUTTON:
                return TOGGLE_BUTTON;
            case CHECK_BOX:
                return CHECK_BOX;
            case RADIO_BUTTON:
                return RADIO_BUTTON;
            case COMBO_BOX:
                return COMBO_BOX;
            case HYPERLINK:
                return LINK;
            case TEXT:
                return LABEL;
            case TEXT_FIELD:
                return ENTRY;
            case PASSWORD_FIELD:
                return PASSWORD_TEXT;
            case TEXT_AREA:
                return TEXT;
            case SLIDER:
                return SLIDER;
            case SPINNER:
                return SPIN_BUTTON;
            case SCROLL_BAR:
                return SCROLL_BAR;
            case SCROLL_PANE:
                return SCROLL_PANE;
            case PROGRESS_INDICATOR:
                return PROGRESS_BAR;
            case LIST_VIEW:
                return LIST;
            case LIST_ITEM:
                return LIST_ITEM;
            case TABLE_VIEW:
                return TABLE;
            case TABLE_CELL:
            case TREE_TABLE_CELL:
                return TABLE_CELL;
            case TABLE_ROW:
            case TREE_TABLE_ROW:
                return TABLE_ROW;
            case TABLE_COLUMN:
                return TABLE_COLUMN_HEADER;
            case TREE_VIEW:
                return TREE;
            case TREE_ITEM:
                return TREE_ITEM;
            case TREE_TABLE_VIEW:
                return TREE_TABLE;
            case MENU:
                return MENU;
            case MENU_BAR:
                return MENU_BAR;
            case MENU_ITEM:
                return MENU_ITEM;
            case CHECK_MENU_ITEM:
                return CHECK_MENU_ITEM;
            case RADIO_MENU_ITEM:
                return RADIO_MENU_ITEM;
            case CONTEXT_MENU:
                return POPUP_MENU;
            case TAB_ITEM:
            case PAGE_ITEM:
                return PAGE_TAB;
            case TAB_PANE:
            case PAGINATION:
                return PAGE_TAB_LIST;
            case TOOL_BAR:
                return TOOL_BAR;
            case TOOLTIP:
                return TOOL_TIP;
            case IMAGE_VIEW:
                return IMAGE;
            case DATE_PICKER:
                return DATE_EDITOR;
            default:
                return PANEL;
        }
    }

    /** Whether AT-SPI clients expect the Text interface on an object of this role. */
    boolean hasText() {
        return this == LABEL || this == ENTRY || this == PASSWORD_TEXT || this == TEXT || this == LINK;
    }

    /** Whether it has one action, pressing it. */
    boolean isPressable() {
        return this == PUSH_BUTTON || this == TOGGLE_BUTTON || this == CHECK_BOX || this == RADIO_BUTTON
                || this == LINK || this == MENU_ITEM || this == CHECK_MENU_ITEM || this == RADIO_MENU_ITEM
                || this == PAGE_TAB;
    }

    /** Whether some of its children can be selected (the Selection interface): a list, a tree, a table. */
    boolean hasSelection() {
        return this == LIST || this == TREE || this == TABLE || this == TREE_TABLE;
    }

    /** Whether it shows a number in a range (the Value interface). */
    boolean hasValue() {
        return this == SLIDER || this == SCROLL_BAR || this == PROGRESS_BAR || this == SPIN_BUTTON;
    }
}
