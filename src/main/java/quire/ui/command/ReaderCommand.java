package quire.ui.command;

/**
 * Everything a key can ask of Quire. Which keys ask for which command is declared once, by the feature
 * that owns the command ({@link Keys}); what a command does on the screen in view is what that screen's
 * {@link CommandTable} says.
 */
public enum ReaderCommand {
    // the window, on every screen
    QUIT, FULL_SCREEN, OPEN_FILE,
    // the first screen, and lists in panels
    ACCEPT,
    // reading
    NEXT_PAGE, PREVIOUS_PAGE, NEXT_LINE, PREVIOUS_LINE, FIRST_PAGE, LAST_PAGE, GO_TO_PAGE,
    CONTENTS, NEXT_CHAPTER, PREVIOUS_CHAPTER,
    BIGGER_TEXT, SMALLER_TEXT, DEFAULT_TEXT, NEXT_THEME,
    // search, selection and copy
    FIND, FIND_ALL, FIND_NEXT, FIND_PREVIOUS, COPY, SELECT_ALL,
    // Esc: stops reading aloud, closes search or a panel, clears the selection, leaves the first screen
    ESCAPE,
    // marks
    BOOKMARK, HIGHLIGHT, NOTE, SAVE_NOTE, MARKS, DELETE_MARK, UNDO,
    // read aloud
    READ_ALOUD, SLOWER_SPEECH, FASTER_SPEECH,
    // panels
    STORY_INFO, SETTINGS, HELP
}
