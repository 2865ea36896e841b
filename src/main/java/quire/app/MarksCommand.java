package quire.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import quire.files.Loaded;
import quire.layout.PreparedStory;
import quire.layout.TextProgress;
import quire.marks.ExportFormat;
import quire.marks.ExportedStory;
import quire.marks.Mark;
import quire.marks.MarksExport;
import quire.marks.Reanchor;
import quire.markstore.MarksStore;
import quire.settings.SettingsStore;
import quire.story.Story;
import quire.story.StoryException;
import quire.ui.WindowTitle;

/**
 * {@code quire --export-marks FILE [STORY]}: writes a story's marks with no window, as JSON (W3C Web
 * Annotations) when FILE ends in ".json" in any case, else as Markdown. Without a window there are no
 * pages, so each mark says how far in it is (percent). Exit code 0, or 2 with one clear line on stderr
 * (the story cannot be read, its marks file is damaged, the file cannot be written).
 */
public final class MarksCommand {
    public static final int DONE = 0;
    public static final int FAILED = 2;

    private MarksCommand() {
    }

    /** With the config folder Quire uses (the platform's, or {@code -Dquire.configDir}). */
    public static int export(Path outFile, Optional<Path> story, PrintStream err) {
        return export(outFile, story, Opening.configFolder(), err);
    }

    static int export(Path outFile, Optional<Path> storyFile, Path configFolder, PrintStream err) {
        Story story;
        try {
            StoryLoader loader = new StoryLoader();
            story = storyFile.isPresent() ? loader.file(storyFile.get()) : loader.bundled();
        } catch (StoryException e) {
            err.println("quire: cannot export marks: " + e.getMessage());
            return FAILED;
        }
        // The marks are kept under the story's key, which outlives edits to its text: find which story it is.
        var stories = new SettingsStore(configFolder, Clock.systemUTC()).loadStories().value();
        String key = StoryKeys.resolve(stories, story, storyFile).key();
        Loaded<List<Mark>> loaded = new MarksStore(configFolder, Clock.systemUTC()).load(key);
        if (!loaded.problems().isEmpty()) {
            err.println("quire: " + String.join(" ", loaded.problems()));
            return FAILED;
        }
        Path folder = outFile.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            err.println("quire: cannot write the marks to " + outFile + ": the folder " + folder + " does not exist");
            return FAILED;
        }
        List<String> blocks = PreparedStory.of(story).blockTexts();
        TextProgress progress = new TextProgress(blocks);
        String text = ExportFormat.named(outFile.toString(), ExportFormat.MARKDOWN).text(new ExportedStory(
                WindowTitle.storyName(story.metadata()).orElse(""), story.sourceName(), story.metadata().rating(), blocks),
                new Reanchor(blocks).all(loaded.value()),
                mark -> new MarksExport.Where(OptionalInt.empty(),
                        (int) Math.floor(progress.fractionOf(mark.range().start()) * 100)));
        try {
            Files.writeString(outFile, text, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            err.println("quire: cannot write the marks to " + outFile + ": " + quire.settings.WriteProblem.inWords(e));
            return FAILED;
        }
        return DONE;
    }
}
