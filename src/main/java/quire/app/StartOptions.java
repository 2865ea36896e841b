package quire.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the command line asked for: a story file to open instead of the bundled one, and whether to quit
 * as soon as the first screen is drawn (for smoke tests and start-up measurements).
 */
record StartOptions(Optional<Path> story, boolean exitAfterFirstFrame, List<String> ignored) {
    static final String EXIT_AFTER_FIRST_FRAME = "--exit-after-first-frame";

    StartOptions {
        ignored = List.copyOf(ignored);
    }

    static StartOptions parse(List<String> args) {
        Optional<Path> story = Optional.empty();
        boolean exit = false;
        List<String> ignored = new java.util.ArrayList<>();
        for (String arg : args) {
            if (arg.equals(EXIT_AFTER_FIRST_FRAME)) {
                exit = true;
            } else if (arg.startsWith("--") || story.isPresent() || arg.isBlank()) {
                ignored.add(arg);
            } else {
                story = Optional.of(Path.of(arg));
            }
        }
        return new StartOptions(story, exit, ignored);
    }
}
