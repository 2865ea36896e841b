package quire.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads Quire's command line: {@code quire [OPTION]... [STORY.md]}. Hand-written rather than a parser
 * library because it runs before the first frame and has a handful of options; each new option is one more
 * case in {@link #parse} and one more line in {@link #usage}. Options are matched whole (no
 * abbreviations); {@code --} ends them, so a story whose name starts with a dash can still be opened.
 */
final class CommandLine {
    static final String HELP = "--help";
    static final String VERSION = "--version";
    static final String EXIT_AFTER_FIRST_FRAME = "--exit-after-first-frame";
    static final String EXPORT_MARKS = "--export-marks";
    static final String SPEECH_TO = "--speech-to";

    private CommandLine() {
    }

    /** The first of help, version or a mistake wins; otherwise the story to read. */
    static LaunchRequest parse(List<String> args) {
        Optional<Path> story = Optional.empty();
        boolean exitAfterFirstFrame = false;
        boolean optionsEnded = false;
        Optional<Path> exportTo = Optional.empty();
        Optional<Path> speechTo = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            // A desktop entry's "%f" with no file, or an empty -Djavafx.args, arrives as an empty word.
            if (arg.isBlank()) {
                continue;
            }
            if (!optionsEnded && isOption(arg)) {
                switch (arg) {
                    case "--" -> optionsEnded = true;
                    case HELP, "-h" -> {
                        return new LaunchRequest.Help();
                    }
                    case VERSION, "-V" -> {
                        return new LaunchRequest.Version();
                    }
                    case EXIT_AFTER_FIRST_FRAME -> exitAfterFirstFrame = true;
                    case EXPORT_MARKS -> {
                        if (i + 1 >= args.size() || args.get(i + 1).isBlank() || isOption(args.get(i + 1))) {
                            return new LaunchRequest.Mistake(EXPORT_MARKS + " needs the file to write the marks to");
                        }
                        exportTo = Optional.of(Path.of(args.get(++i)));
                    }
                    case SPEECH_TO -> {
                        if (i + 1 >= args.size() || args.get(i + 1).isBlank() || isOption(args.get(i + 1))) {
                            return new LaunchRequest.Mistake(SPEECH_TO + " needs the WAV file to read aloud into");
                        }
                        speechTo = Optional.of(Path.of(args.get(++i)));
                    }
                    default -> {
                        return new LaunchRequest.Mistake("unknown option " + arg);
                    }
                }
            } else if (story.isPresent()) {
                return new LaunchRequest.Mistake("one story at a time: " + story.get() + " and " + arg + " were both given");
            } else {
                story = Optional.of(Path.of(arg));
            }
        }
        if (exportTo.isPresent()) {
            return new LaunchRequest.ExportMarks(exportTo.get(), story);
        }
        return new LaunchRequest.Read(story, exitAfterFirstFrame, speechTo);
    }

    /** A lone "-" is a file name, as in most tools; anything else that starts with one is an option. */
    private static boolean isOption(String arg) {
        return arg.startsWith("-") && arg.length() > 1;
    }

    /** The --help text; {@code configFolder} is where this user's settings and story state are kept. */
    static String usage(Path configFolder) {
        return String.join(System.lineSeparator(),
                "Usage: quire [OPTION]... [STORY.md]",
                "Opens STORY.md, a Markdown story (or a text file that starts the way fanfic posts do, with",
                "Key: value lines), in pages that fit the window. Without it, Quire opens the story it ships.",
                "The story may also be an EPUB (AO3's, FanFicFare's) or an HTML page (AO3's HTML download).",
                "",
                "Options:",
                "  -h, --help       print this help and exit",
                "  -V, --version    print Quire's version and exit",
                "  " + EXPORT_MARKS + " FILE",
                "                   write the story's bookmarks, highlights and notes to FILE and exit; no",
                "                   window is opened. FILE.json gets JSON (W3C Web Annotations), any other",
                "                   name Markdown; either way the quotes and notes are exactly as written",
                "  " + SPEECH_TO + " FILE.wav",
                "                   read aloud (R) into FILE.wav instead of the speakers, at the pace it",
                "                   would be heard; the file is valid whenever Quire stops",
                "  --               the next word is the story file, even if it starts with -",
                "",
                "For tests and start-up measurements:",
                "  " + EXIT_AFTER_FIRST_FRAME + "  quit once the first screen is drawn, printing how long it took",
                "",
                "Quire remembers its settings (settings.json), each story's place and choices",
                "(stories.json) and each story's marks (marks/HASH.json) in " + configFolder,
                "(on Linux $XDG_CONFIG_HOME/quire, by default ~/.config/quire; -Dquire.configDir=DIR points",
                "elsewhere). Exit status: 0 when all went well, 1 when Quire cannot run here (no graphical",
                "desktop), 2 when the command line is wrong or marks cannot be exported.",
                "");
    }

    /** What a mistake prints after its one-line problem. */
    static String hint() {
        return "Try 'quire " + HELP + "' for more information.";
    }
}
