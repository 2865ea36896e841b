package quire.ui;

import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** The reader's key map, from product.md's table, in one place. Pure: a key event in, a command out. */
public final class ReaderKeys {
    public enum Command { NEXT_PAGE, PREVIOUS_PAGE, FIRST_PAGE, LAST_PAGE }

    private ReaderKeys() {
    }

    public static Optional<Command> commandFor(KeyEvent event) {
        return commandFor(event.getCode(), event.isShiftDown(), event.isShortcutDown() || event.isControlDown(),
                event.isAltDown());
    }

    static Optional<Command> commandFor(KeyCode code, boolean shift, boolean control, boolean alt) {
        if (alt) {
            return Optional.empty();
        }
        switch (code) {
            case RIGHT, PAGE_DOWN, DOWN, KP_RIGHT, KP_DOWN:
                return Optional.of(Command.NEXT_PAGE);
            case SPACE:
                return Optional.of(shift ? Command.PREVIOUS_PAGE : Command.NEXT_PAGE);
            case LEFT, PAGE_UP, UP, KP_LEFT, KP_UP:
                return Optional.of(Command.PREVIOUS_PAGE);
            case HOME:
                return Optional.of(Command.FIRST_PAGE);
            case END:
                return Optional.of(Command.LAST_PAGE);
            default:
                return Optional.empty();
        }
    }
}
