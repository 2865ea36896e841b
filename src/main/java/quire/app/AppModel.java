package quire.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import quire.settings.StoryState;
import quire.story.Story;
import quire.story.StoryException;

/**
 * Which screen the app shows. A story opens on its consent screen unless the reader chose "don't ask
 * again" for exactly this text; a story that cannot be opened shows the problem instead, with the
 * bundled story one click away.
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
    private final Memory memory;
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen");

    AppModel(StoryLoader loader, Optional<Path> storyFile, Memory memory) {
        this.loader = loader;
        this.memory = memory;
        screen.set(open(storyFile));
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public Screen screen() {
        return screen.get();
    }

    /** The reader said yes on the consent screen, and maybe "don't ask again". */
    public void startReading(boolean dontAskAgain) {
        if (screen.get() instanceof Consent consent) {
            if (dontAskAgain) {
                String hash = consent.story().contentHash();
                memory.setStory(hash, memory.story(hash).withSkipConsent(true));
            }
            screen.set(new Reading(consent.story()));
        }
    }

    /** True when this story opens straight at the text. */
    public boolean consentSkipped(Story story) {
        return memory.story(story.contentHash()).skipConsent();
    }

    /** The next start shows the consent screen again. */
    public void askAgain(Story story) {
        memory.setStory(story.contentHash(), memory.story(story.contentHash()).withSkipConsent(false));
    }

    /** From the problem screen: read the story Quire ships instead. */
    public void openBundled() {
        screen.set(open(Optional.empty()));
    }

    private Screen open(Optional<Path> storyFile) {
        try {
            Story story = storyFile.isPresent() ? loader.file(storyFile.get()) : loader.bundled();
            StoryState state = memory.story(story.contentHash());
            return state.skipConsent() ? new Reading(story) : new Consent(story);
        } catch (StoryException problem) {
            return new Problem(problem, storyFile.isPresent());
        }
    }
}
