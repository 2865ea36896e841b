package quire.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the command line asks Quire to do, as {@link CommandLine} reads it. Only {@link Read} opens a
 * window; the others are answered on the terminal before JavaFX starts ({@link CommandAnswers}). A
 * later request becomes one more record here, so every
 * place that acts on a request is told by the compiler that it has a new case. (The reader's keys
 * are {@code quire.ui.command.ReaderCommand}s, a different thing.)
 */
sealed interface LaunchRequest {

    /**
     * Open a window on {@code story}, or on the bundled story when it is empty. With
     * {@code exitAfterFirstFrame}, quit once the first screen is drawn (smoke tests, start-up figures).
     * With {@code speechTo}, read aloud goes into that WAV file instead of the sound card.
     */
    record Read(Optional<Path> story, boolean exitAfterFirstFrame, Optional<Path> speechTo) implements LaunchRequest {
        Read(Optional<Path> story, boolean exitAfterFirstFrame) {
            this(story, exitAfterFirstFrame, Optional.empty());
        }

        static Read bundledStory() {
            return new Read(Optional.empty(), false);
        }
    }

    /** Write the marks of {@code story} (the bundled one when empty) to {@code file} as Markdown; no window. */
    record ExportMarks(Path file, Optional<Path> story) implements LaunchRequest {
    }

    /** Print the usage and exit 0. */
    record Help() implements LaunchRequest {
    }

    /** Print Quire's version and exit 0. */
    record Version() implements LaunchRequest {
    }

    /** The command line cannot be obeyed: say why in one line, point at --help, exit 2. */
    record Mistake(String problem) implements LaunchRequest {
    }
}
