package quire.app;

import java.nio.file.Path;
import java.time.Clock;
import quire.settings.ConfigFolder;
import quire.settings.SettingsStore;

/**
 * What Quire reads before it can show anything: what it remembers (settings, each story's state) and
 * the story itself, which decides the first screen. None of it touches the scene graph, so it can be
 * read on any thread, and {@link Launcher} reads it while JavaFX starts (see {@link EarlyStart}).
 */
record Opening(Memory memory, AppModel model) {

    static Opening read(Command.Read options) {
        return read(options, configFolder());
    }

    static Opening read(Command.Read options, Path configFolder) {
        Memory memory = new Memory(new SettingsStore(configFolder, Clock.systemUTC()));
        memory.problems().forEach(problem -> System.err.println("quire: " + problem));
        return new Opening(memory, new AppModel(new StoryLoader(), options.story(), memory));
    }

    /** The platform's config folder, or the one the system property {@code quire.configDir} names. */
    static Path configFolder() {
        String configDir = System.getProperty("quire.configDir");
        return configDir != null ? Path.of(configDir) : ConfigFolder.forCurrentUser();
    }
}
