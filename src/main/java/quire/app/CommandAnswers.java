package quire.app;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Answers the commands that need no window, on the terminal, and says with which exit status Quire
 * should end: 0 for help, version and a written export, 2 for a command line that is wrong (as GNU tools
 * do) or an export that could not be written.
 */
final class CommandAnswers {
    static final int OK = 0;
    static final int WRONG_COMMAND_LINE = 2;

    private CommandAnswers() {
    }

    /** Prints the answer to {@code command}, which must not be a {@link LaunchRequest.Read}, and gives the exit status. */
    static int answer(LaunchRequest command, Path configFolder, PrintStream out, PrintStream err) {
        if (command instanceof LaunchRequest.Help) {
            out.print(CommandLine.usage(configFolder));
            return OK;
        }
        if (command instanceof LaunchRequest.Version) {
            out.println("Quire " + QuireVersion.current());
            return OK;
        }
        if (command instanceof LaunchRequest.ExportMarks export) {
            return MarksCommand.export(export.file(), export.story(), configFolder, err);
        }
        if (command instanceof LaunchRequest.Mistake mistake) {
            err.println("quire: " + mistake.problem());
            err.println(CommandLine.hint());
            return WRONG_COMMAND_LINE;
        }
        throw new IllegalArgumentException("a window command has no terminal answer: " + command);
    }
}
