package quire.access;

/**
 * How an object is named, from what JavaFX gives a node, as the Windows glass names it too: a control
 * that shows its own words (a button, a check box, a label, a list's cell) by its TEXT; one that shows
 * the reader's words or a value (a text field, a text area, a slider, a list) by the label that says it
 * is for it ({@code Label.setLabelFor}, LABELED_BY), then by an accessible text set on it, then by its
 * prompt text. A text object's accessible text that is its own content (a document that reports its
 * text that way) is never its name.
 *
 * @param text        the node's TEXT attribute
 * @param label       the TEXT of the node that labels it (LABELED_BY), empty for none
 * @param ownText     the accessible text set on the node itself, empty for none
 * @param prompt      the prompt text of a field or combo box, empty for none
 * @param content     the characters a text object holds (the Text interface's), empty for others
 */
record AccessibleName(String text, String label, String ownText, String prompt, String content) {

    /** The name a screen reader says for an object of {@code role}; empty when nothing names it. */
    String of(AtspiRole role) {
        if (holdsText(role)) {
            return first(label, ownText.equals(content) ? "" : ownText, prompt);
        }
        return first(text, label, ownText, prompt);
    }

    /** Roles whose TEXT is the reader's own words, or the document's, never what the control is. */
    static boolean holdsText(AtspiRole role) {
        return role == AtspiRole.ENTRY || role == AtspiRole.PASSWORD_TEXT || role == AtspiRole.TEXT;
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return "";
    }
}
