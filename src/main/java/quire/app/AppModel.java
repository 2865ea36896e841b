package quire.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import quire.story.Story;
import quire.story.StoryException;

/**
 * Which screen the app shows. The reader always starts at the consent screen of the story it opened; a
 * story that cannot be opened shows the problem instead, with the bundled story one click away.
 */
public final class AppModel {

    /** The screens, as a closed set the window switches on. */
    public sealed interface Screen permits Consent, Reading, Problem {
    }

    public record Consent(Story story) implements Screen {
    }

    public record Reading(Story story) implements Screen {
    }

    /** {@code canOpenBundled} is true when the failed story was the reader's own file. */
    public record Problem(StoryException problem, boolean canOpenBundled) implements Screen {
    }

    private final StoryLoader loader;
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen");

    AppModel(StoryLoader loader, Optional<Path> storyFile) {
        this.loader = loader;
        screen.set(open(storyFile));
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public Screen screen() {
        return screen.get();
    }

    /** The reader said yes on the consent screen. */
    public void startReading() {
        if (screen.get() instanceof Consent consent) {
            screen.set(new Reading(consent.story()));
        }
    }

    /** From the problem screen: read the story Quire ships instead. */
    public void openBundled() {
        screen.set(open(Optional.empty()));
    }

    private Screen open(Optional<Path> storyFile) {
        try {
            Story story = storyFile.isPresent() ? loader.file(storyFile.get()) : loader.bundled();
            return new Consent(story);
        } catch (StoryException problem) {
            return new Problem(problem, storyFile.isPresent());
        }
    }
}
