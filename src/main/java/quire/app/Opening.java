package quire.app;

import java.nio.file.Path;
import java.time.Clock;
import quire.layout.HyphenationLibrary;
import quire.layout.PreparedStory;
import quire.settings.ConfigFolder;
import quire.settings.SettingsStore;

/**
 * What Quire reads before it can show anything: what it remembers (settings, each story's state) and
 * the story itself, which decides the first screen. None of it touches the scene graph, so it can be
 * read on any thread, and {@link Launcher} reads it while JavaFX starts (see {@link EarlyStart}).
 */
record Opening(Remembered memory, AppModel model) {

    static Opening read(LaunchRequest.Read options) {
        return read(options, configFolder());
    }

    static Opening read(LaunchRequest.Read options, Path configFolder) {
        Remembered memory = new Remembered(new SettingsStore(configFolder, Clock.systemUTC()));
        memory.problems().forEach(problem -> System.err.println("quire: " + problem));
        AppModel model = AppModel.beforeTheFirstFrame(new StoryLoader(), options.story(), memory);
        startReadingHyphenationPatterns(model.screen());
        return new Opening(memory, model);
    }

    /**
     * When the story opens straight at the text, the first frame is its first page, set with the story's
     * hyphenation patterns: reading them (about 30 ms) begins here, on its own thread, so that it is done
     * before that first layout asks. A consent screen first needs no patterns: the reader view reads them
     * when it is made, and does not compete with JavaFX's start for the machine's cores.
     */
    private static void startReadingHyphenationPatterns(AppModel.Screen screen) {
        if (screen instanceof AppModel.Reading reading) {
            HyphenationLibrary.loadInBackground(PreparedStory.languageOf(reading.story()));
        }
    }

    /** The platform's config folder, or the one the system property {@code quire.configDir} names. */
    static Path configFolder() {
        String configDir = System.getProperty("quire.configDir");
        return configDir != null ? Path.of(configDir) : ConfigFolder.forCurrentUser();
    }
}
