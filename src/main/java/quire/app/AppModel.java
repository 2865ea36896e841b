package quire.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import quire.settings.ConsentTerms;
import quire.settings.StoryState;
import quire.story.Story;
import quire.story.StoryException;
import quire.story.StoryHead;
import quire.story.StoryOpening;

/**
 * Which screen the app shows. A story opens on its consent screen unless the reader chose "don't ask
 * again" for it (the same story, even changed since, as long as its rating and warnings are the same);
 * a story that cannot be opened shows the problem instead, with the bundled story one click away.
 *
 * <p>The consent screen needs only the story's head, so it is shown as soon as that is read, and the
 * text is parsed on a thread of its own meanwhile ({@link #textProperty}); "Start reading" before the
 * text is ready waits for it ({@link #waitingForTextProperty}). Only a story that may be one the reader
 * chose not to be asked about waits for its text before its first screen. Once the window {@link
 * #attach attaches} its UI thread, what the text brings (the story, or its problem) reaches the screens
 * on that thread.
 */
public final class AppModel {

    /** The screens, as a closed set the window switches on. */
    public sealed interface Screen permits Consent, Reading, Problem {
    }

    /** {@code termsChanged}: the reader chose not to be asked again, but the rating or warnings changed since. */
    public record Consent(StoryHead story, boolean termsChanged) implements Screen {
        public Consent(StoryHead story) {
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
    private final ReadOnlyObjectWrapper<Story> text = new ReadOnlyObjectWrapper<>(this, "text");
    private final ReadOnlyBooleanWrapper waitingForText = new ReadOnlyBooleanWrapper(this, "waitingForText");
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(this, "opening");
    /** Counts {@link #open(Path)} calls, so that only the last file asked for is shown. */
    private long openings;
    /** Where texts are parsed: a thread of their own each. */
    private final Executor parser;
    private Executor ui;
    private Opened opened;
    /** Long works' parses wait for the first frame, so as not to compete with it for the cores; false once drawn. */
    private boolean holdLongWork;
    private final java.util.List<Runnable> heldParses = new java.util.ArrayList<>();

    /** A story opened in this window: where from, its text being parsed, and whether Start reading waits for it. */
    private static final class Opened {
        final Optional<Path> file;
        final CompletableFuture<Story> text;
        Boolean startWhenReady;

        Opened(Optional<Path> file, CompletableFuture<Story> text) {
            this.file = file;
            this.text = text;
        }
    }

    AppModel(StoryLoader loader, Optional<Path> storyFile, Remembered memory) {
        this(loader, storyFile, memory, AppModel::parseOnItsOwnThread);
    }

    /** With {@code parser} to run each story's text parse on (tests run it when they choose). */
    AppModel(StoryLoader loader, Optional<Path> storyFile, Remembered memory, Executor parser) {
        this(loader, storyFile, memory, parser, false);
    }

    /** {@code holdLongWork}: a long work's parse waits for {@link #firstFrameDrawn}. */
    AppModel(StoryLoader loader, Optional<Path> storyFile, Remembered memory, Executor parser, boolean holdLongWork) {
        this.loader = loader;
        this.memory = memory;
        this.parser = parser;
        this.holdLongWork = holdLongWork;
        screen.set(open(storyFile));
    }

    /**
     * For a window not shown yet: a long work's text is parsed once the window says its first frame is
     * drawn ({@link #firstFrameDrawn}); a short one's at once, so its first screen has it all.
     */
    static AppModel beforeTheFirstFrame(StoryLoader loader, Optional<Path> storyFile, Remembered memory) {
        return new AppModel(loader, storyFile, memory, AppModel::parseOnItsOwnThread, true);
    }

    /** The window's first frame is drawn: a long work held back till now is parsed. */
    void firstFrameDrawn() {
        holdLongWork = false;
        heldParses.forEach(parser::execute);
        heldParses.clear();
    }

    private static void parseOnItsOwnThread(Runnable parse) {
        Thread thread = new Thread(parse, "quire-story-text");
        thread.setDaemon(true);
        thread.start();
    }

    /** From now on, what the text brings is handled on {@code uiThread} (the window's). */
    void attach(Executor uiThread) {
        this.ui = uiThread;
        if (opened != null && text.get() == null) {
            follow(opened);
        }
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public Screen screen() {
        return screen.get();
    }

    /** The file of the story opened last (empty for the story Quire ships). */
    public Optional<Path> file() {
        return opened == null ? Optional.empty() : opened.file;
    }

    /** The opened story's text once it is parsed; null before. */
    public ReadOnlyObjectProperty<Story> textProperty() {
        return text.getReadOnlyProperty();
    }

    /** True while "Start reading" waits for the text of a long story. */
    public ReadOnlyBooleanProperty waitingForTextProperty() {
        return waitingForText.getReadOnlyProperty();
    }

    /** The reader said yes on the consent screen, and maybe "don't ask again". */
    public void startReading(boolean dontAskAgain) {
        if (!(screen.get() instanceof Consent)) {
            return;
        }
        Optional<Story> ready = readyText();
        if (ready.isPresent()) {
            begin(ready.get(), dontAskAgain);
        } else if (opened != null) {
            opened.startWhenReady = dontAskAgain;
            waitingForText.set(true);
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

    /**
     * Opens the reader's file (Ctrl+O, a dropped file) in place of what is shown. Once the window is
     * attached, the file is read on the parser's thread ({@link #openingProperty} is true meanwhile), so
     * a long file, or a known story that opens straight at its text, never holds the window up; the
     * screen changes on the UI thread when it is read. The last file asked for wins.
     */
    public void open(Path file) {
        if (ui == null) {
            screen.set(open(Optional.of(file)));
            return;
        }
        long ticket = ++openings;
        opening.set(true);
        parser.execute(() -> {
            Read read = read(Optional.of(file));
            ui.execute(() -> {
                if (ticket == openings) {
                    opening.set(false);
                    screen.set(show(read));
                }
            });
        });
    }

    /** True while a file asked for by {@link #open(Path)} is being read. */
    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /** The opened story's text, waiting for it to be parsed: for tests and tools with no window. */
    Story awaitText() throws StoryException {
        try {
            return opened.text.join();
        } catch (CompletionException failed) {
            throw problemOf(failed);
        }
    }

    /** The text, if it is parsed already (its problem, if any, arrives on its own). */
    private Optional<Story> readyText() {
        if (text.get() != null) {
            return Optional.of(text.get());
        }
        if (opened != null && opened.text.isDone() && !opened.text.isCompletedExceptionally()) {
            return Optional.of(opened.text.join());
        }
        return Optional.empty();
    }

    private void begin(Story story, boolean dontAskAgain) {
        if (dontAskAgain) {
            memory.setStory(story.contentHash(), memory.story(story.contentHash())
                    .withSkipConsent(true, ConsentTerms.of(story.metadata())));
        }
        waitingForText.set(false);
        screen.set(new Reading(story));
    }

    private Screen open(Optional<Path> storyFile) {
        return show(read(storyFile));
    }

    /**
     * What reading a story file gives before any state changes, on any thread: its head, or its problem;
     * and for a story that may open without its consent screen, its text already parsed.
     */
    private record Read(Optional<Path> file, StoryOpening opening, StoryException problem, boolean knownHere,
                        CompletableFuture<Story> text) {
    }

    private Read read(Optional<Path> storyFile) {
        StoryOpening opening;
        try {
            opening = storyFile.isPresent() ? loader.open(storyFile.get()) : loader.openBundled();
        } catch (StoryException problem) {
            return new Read(storyFile, null, problem, false, null);
        }
        CompletableFuture<Story> parsed = new CompletableFuture<>();
        if (!memory.mayOpenWithoutConsent(opening.head(), storyFile)) {
            return new Read(storyFile, opening, null, false, parsed);
        }
        parse(opening, storyFile, parsed).run(); // this thread waits for it anyway
        return new Read(storyFile, opening, null, true, parsed);
    }

    /** The screen for what {@link #read} gave; the state of the window's story changes here. */
    private Screen show(Read read) {
        opened = null;
        text.set(null);
        waitingForText.set(false);
        if (read.problem() != null) {
            return new Problem(read.problem(), read.file().isPresent());
        }
        Opened now = new Opened(read.file(), read.text());
        opened = now;
        if (!read.knownHere()) {
            Runnable parse = parse(read.opening(), read.file(), read.text());
            if (read.opening().longWork() && holdLongWork) {
                heldParses.add(parse);
            } else {
                parser.execute(parse);
            }
            if (ui != null) {
                follow(now);
            }
            return new Consent(read.opening().head());
        }
        try {
            Story story = awaitText();
            text.set(story);
            StoryState state = memory.story(story.contentHash());
            return state.skipsConsentFor(ConsentTerms.of(story.metadata())) ? new Reading(story)
                    : new Consent(story.head(), state.skipConsent());
        } catch (StoryException problem) {
            return new Problem(problem, read.file().isPresent());
        }
    }

    /** The parse of the text, which also finds which remembered story it is; its end completes {@code parsed}. */
    private Runnable parse(StoryOpening opening, Optional<Path> file, CompletableFuture<Story> parsed) {
        return () -> {
            try {
                Story story = opening.text();
                memory.recognise(story, file);
                parsed.complete(story);
            } catch (StoryException | RuntimeException | Error failure) {
                parsed.completeExceptionally(failure);
            }
        };
    }

    private void follow(Opened story) {
        story.text.whenComplete((parsed, failure) -> ui.execute(() -> arrived(story, parsed, failure)));
    }

    /** On the UI thread: the text of {@code story} is parsed, or could not be. */
    private void arrived(Opened story, Story parsed, Throwable failure) {
        if (story != opened) {
            return; // another story was opened meanwhile
        }
        if (failure != null) {
            waitingForText.set(false);
            screen.set(new Problem(problemOf(failure), story.file.isPresent()));
            return;
        }
        text.set(parsed);
        if (story.startWhenReady != null) {
            begin(parsed, story.startWhenReady);
            return;
        }
        StoryState state = memory.story(parsed.contentHash());
        if (state.skipsConsentFor(ConsentTerms.of(parsed.metadata()))) {
            screen.set(new Reading(parsed)); // a moved and edited story, known only by its text
        } else if (state.skipConsent() && screen.get() instanceof Consent consent && !consent.termsChanged()) {
            screen.set(new Consent(consent.story(), true));
        }
    }

    private static StoryException problemOf(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof StoryException problem) {
            return problem;
        }
        if (cause instanceof OutOfMemoryError) {
            return new StoryException("the story", "it is too long to open in the memory Quire has.");
        }
        return new StoryException("the story", "its text could not be read (" + cause.getClass().getSimpleName()
                + "). Please report this file.");
    }
}
