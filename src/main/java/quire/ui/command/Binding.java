package quire.ui.command;

import java.util.List;

/**
 * The keys of one command: {@code shown} are named in the keyboard help and the README, {@code quiet}
 * work as well without being named there (the keypad's copies, Ctrl+Insert).
 */
public record Binding(ReaderCommand command, List<Chord> shown, List<Chord> quiet) {
    public Binding {
        shown = List.copyOf(shown);
        quiet = List.copyOf(quiet);
    }

    public static Binding of(ReaderCommand command, Chord... shown) {
        return new Binding(command, List.of(shown), List.of());
    }

    /** The same keys, and these too without naming them. */
    public Binding quietly(Chord... more) {
        return new Binding(command, shown, List.of(more));
    }

    /** Every chord that runs the command. */
    List<Chord> all() {
        return java.util.stream.Stream.concat(shown.stream(), quiet.stream()).toList();
    }
}
