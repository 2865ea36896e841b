package quire.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import quire.settings.ConsentTerms;
import quire.settings.StoryState;
import quire.story.Story;
import quire.story.StoryException;

/**
 * Which screen the app shows. A story opens on its consent screen unless the reader chose "don't ask
 * again" for it (the same story, even changed since, as long as its rating and warnings are the same);
 * a story that cannot be opened shows the problem instead, with the bundled story one click away.
 */
public final class AppModel {

    /** The screens, as a closed set the window switches on. */
    public sealed interface Screen permits Consent, Reading, Problem {
    }

    /** {@code termsChanged}: the reader chose not to be asked again, but the rating or warnings changed since. */
    public record Consent(Story story, boolean termsChanged) implements Screen {
        public Consent(Story story) {
            this(story, false);
        }
    }

    public record Reading(Story story) implements Screen {
    }

    /** {@code canOpenBundled} is true when the failed story was the reader's own file. */
    public record Problem(StoryException problem, boolean canOpenBundled) implements Screen {
    }

    private final StoryLoader loader;
    private final Remembered memory;
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen");

    AppModel(StoryLoader loader, Optional<Path> storyFile, Remembered memory) {
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
                Story story = consent.story();
                memory.setStory(story.contentHash(), memory.story(story.contentHash())
                        .withSkipConsent(true, ConsentTerms.of(story.metadata())));
            }
            screen.set(new Reading(consent.story()));
        }
    }

    /** True when this story opens straight at the text. */
    public boolean consentSkipped(Story story) {
        return memory.story(story.contentHash()).skipsConsentFor(ConsentTerms.of(story.metadata()));
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
            memory.recognise(story, storyFile);
            StoryState state = memory.story(story.contentHash());
            if (state.skipsConsentFor(ConsentTerms.of(story.metadata()))) {
                return new Reading(story);
            }
            return new Consent(story, state.skipConsent());
        } catch (StoryException problem) {
            return new Problem(problem, storyFile.isPresent());
        }
    }
}
