package quire.access;

import java.util.Set;

/**
 * What a node says about itself that AT-SPI reports as states, read once on the UI thread. {@code
 * checked} and {@code expanded} are null where the node is not checkable or expandable.
 */
record NodeFacts(AtspiRole role, boolean showing, boolean disabled, boolean focusable, boolean focused,
        boolean selected, Boolean checked, boolean indeterminate, boolean editable, Boolean expanded) {

    /** The states a screen reader reads: showing and enabled, focus, checked, editable and so on. */
    Set<AtspiState> states() {
        Set<AtspiState> states = AtspiState.none();
        if (showing) {
            states.add(AtspiState.SHOWING);
            states.add(AtspiState.VISIBLE);
        }
        if (!disabled) {
            states.add(AtspiState.ENABLED);
            states.add(AtspiState.SENSITIVE);
        }
        if (focusable && !disabled) {
            states.add(AtspiState.FOCUSABLE);
        }
        if (focused) {
            states.add(AtspiState.FOCUSED);
        }
        if (selected) {
            states.add(AtspiState.SELECTED);
        }
        if (checked != null) {
            states.add(AtspiState.CHECKABLE);
            if (checked) {
                states.add(AtspiState.CHECKED);
            }
        }
        if (indeterminate) {
            states.add(AtspiState.INDETERMINATE);
        }
        if (expanded != null) {
            states.add(AtspiState.EXPANDABLE);
            if (expanded) {
                states.add(AtspiState.EXPANDED);
            }
        }
        if (role.hasText()) {
            states.add(AtspiState.SELECTABLE_TEXT);
            if (role == AtspiRole.TEXT) {
                states.add(AtspiState.MULTI_LINE);
            } else if (role == AtspiRole.ENTRY || role == AtspiRole.PASSWORD_TEXT) {
                states.add(AtspiState.SINGLE_LINE);
            }
            if (editable) {
                states.add(AtspiState.EDITABLE);
            } else if (role == AtspiRole.TEXT || role == AtspiRole.ENTRY) {
                states.add(AtspiState.READ_ONLY);
            }
        }
        if (role == AtspiRole.LIST_ITEM || role == AtspiRole.PAGE_TAB || role == AtspiRole.TREE_ITEM) {
            states.add(AtspiState.SELECTABLE);
        }
        return states;
    }
}
