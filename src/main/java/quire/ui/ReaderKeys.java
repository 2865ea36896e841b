package quire.ui;

import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The reader's key map, from product.md's table, in one place. Pure: a key in, a command out. F11 (full
 * screen) and Ctrl+Q (quit) work on every screen, so the window handles them before this map.
 */
public final class ReaderKeys {
    public enum Command {
        NEXT_PAGE, PREVIOUS_PAGE, NEXT_LINE, PREVIOUS_LINE, FIRST_PAGE, LAST_PAGE, GO_TO_PAGE,
        BIGGER_TEXT, SMALLER_TEXT, DEFAULT_TEXT, NEXT_THEME,
        STORY_INFO, SETTINGS, HELP,
        FIND, FIND_ALL, FIND_NEXT, FIND_PREVIOUS, COPY, SELECT_ALL, ESCAPE,
        CONTENTS, NEXT_CHAPTER, PREVIOUS_CHAPTER,
        BOOKMARK, HIGHLIGHT, NOTE, MARKS, DELETE_MARK, UNDO,
        READ_ALOUD, SLOWER_SPEECH, FASTER_SPEECH
    }

    private ReaderKeys() {
    }

    public static Optional<Command> commandFor(KeyEvent event) {
        boolean control = event.isShortcutDown() || event.isControlDown();
        Optional<Command> byCode = commandFor(event.getCode(), event.isShiftDown(), control, event.isAltDown());
        if (byCode.isPresent() || event.getEventType() != KeyEvent.KEY_PRESSED) {
            return byCode;
        }
        // "+" and "?" sit on different keys in different layouts; the typed text says what was meant.
        String text = event.getText();
        if (control && ("+".equals(text) || "=".equals(text))) {
            return Optional.of(Command.BIGGER_TEXT);
        }
        if (!control && "?".equals(text)) {
            return Optional.of(Command.HELP);
        }
        if (!control && "/".equals(text)) {
            return Optional.of(Command.FIND);
        }
        return Optional.empty();
    }

    static Optional<Command> commandFor(KeyCode code, boolean shift, boolean control, boolean alt) {
        if (alt) {
            return Optional.empty();
        }
        if (control) {
            return switch (code) {
                case EQUALS, PLUS, ADD -> Optional.of(Command.BIGGER_TEXT);
                case MINUS, SUBTRACT -> Optional.of(Command.SMALLER_TEXT);
                case DIGIT0, NUMPAD0 -> Optional.of(Command.DEFAULT_TEXT);
                case HOME -> Optional.of(Command.FIRST_PAGE);
                case END -> Optional.of(Command.LAST_PAGE);
                case F -> Optional.of(shift ? Command.FIND_ALL : Command.FIND);
                case C, INSERT -> Optional.of(Command.COPY);
                case A -> Optional.of(Command.SELECT_ALL);
                case PAGE_DOWN -> Optional.of(Command.NEXT_CHAPTER);
                case PAGE_UP -> Optional.of(Command.PREVIOUS_CHAPTER);
                case D -> Optional.of(Command.BOOKMARK);
                case Z -> Optional.of(Command.UNDO);
                case OPEN_BRACKET -> Optional.of(Command.SLOWER_SPEECH);
                case CLOSE_BRACKET -> Optional.of(Command.FASTER_SPEECH);
                default -> Optional.empty();
            };
        }
        return switch (code) {
            case RIGHT, PAGE_DOWN, KP_RIGHT -> Optional.of(Command.NEXT_PAGE);
            case DOWN, KP_DOWN -> Optional.of(Command.NEXT_LINE); // a page, or a line in Scroll mode
            case UP, KP_UP -> Optional.of(Command.PREVIOUS_LINE);
            case SPACE -> Optional.of(shift ? Command.PREVIOUS_PAGE : Command.NEXT_PAGE);
            case LEFT, PAGE_UP, KP_LEFT -> Optional.of(Command.PREVIOUS_PAGE);
            case HOME -> Optional.of(Command.FIRST_PAGE);
            case END -> Optional.of(Command.LAST_PAGE);
            case G -> Optional.of(Command.GO_TO_PAGE);
            case C -> Optional.of(Command.CONTENTS);
            case T -> Optional.of(Command.NEXT_THEME);
            case I -> Optional.of(Command.STORY_INFO);
            case S -> Optional.of(Command.SETTINGS);
            case F1 -> Optional.of(Command.HELP);
            case SLASH, DIVIDE -> Optional.of(shift && code == KeyCode.SLASH ? Command.HELP : Command.FIND);
            case F3 -> Optional.of(shift ? Command.FIND_PREVIOUS : Command.FIND_NEXT);
            case ESCAPE -> Optional.of(Command.ESCAPE);
            case B -> Optional.of(Command.BOOKMARK);
            case H -> Optional.of(Command.HIGHLIGHT);
            case N -> Optional.of(Command.NOTE);
            case M -> Optional.of(Command.MARKS);
            case R -> Optional.of(Command.READ_ALOUD);
            case DELETE, BACK_SPACE -> Optional.of(Command.DELETE_MARK);
            default -> Optional.empty();
        };
    }
}
