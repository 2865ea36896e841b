package quire.ui.command;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * What each command does on one screen. A feature adds its handlers when the screen is made; a command
 * may have several, each with the condition it applies in (Esc stops reading aloud while it reads, else
 * closes the search bar while it is open, else clears the selection): the first whose condition holds
 * runs, in the order they were added. A command with no handler here does nothing, and the key is left
 * to whatever has focus.
 */
public final class CommandTable {
    private record Handler(BooleanSupplier applies, Runnable action) {
    }

    private final Map<ReaderCommand, List<Handler>> handlers = new EnumMap<>(ReaderCommand.class);

    /** {@code command} does {@code action}, unless a handler added before applies. */
    public CommandTable on(ReaderCommand command, Runnable action) {
        return when(command, () -> true, action);
    }

    /** {@code command} does {@code action} while {@code applies} says so. */
    public CommandTable when(ReaderCommand command, BooleanSupplier applies, Runnable action) {
        handlers.computeIfAbsent(command, c -> new ArrayList<>()).add(new Handler(applies, action));
        return this;
    }

    /** Runs the command's first handler that applies now; false when none does. */
    public boolean run(ReaderCommand command) {
        for (Handler handler : handlers.getOrDefault(command, List.of())) {
            if (handler.applies().getAsBoolean()) {
                handler.action().run();
                return true;
            }
        }
        return false;
    }
}
