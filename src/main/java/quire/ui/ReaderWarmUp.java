package quire.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import quire.layout.Anchor;
import quire.layout.PageGeometry;
import quire.layout.PageSpec;
import quire.layout.Paginator;
import quire.layout.PreparedStory;
import quire.settings.ReadingSettings;
import quire.story.Story;

/**
 * The reading view's preparation, done while the reader reads the consent screen: on a background
 * thread of low priority, the story is flattened into the engine's blocks (kept, for the reading view
 * to start from) and its first pages are set once at about the view's size (thrown away). "Start
 * reading" then finds the story prepared, the engine's code compiled, the page fonts open and the
 * hyphenation patterns read, instead of doing all that while the reader waits. Nothing here is shown;
 * it measures with a text measurer of its own, as measurers are not shared between threads, and a
 * failure here only means the reading view prepares the story itself.
 */
public final class ReaderWarmUp {
    /** Pages of the story set to warm the engine: the first screen or two, as the reading view will. */
    static final int PAGES = 2;

    private final Story story;
    private final CompletableFuture<PreparedStory> prepared = new CompletableFuture<>();
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    private ReaderWarmUp(Story story) {
        this.story = story;
    }

    /**
     * Starts preparing {@code story} for the reader's settings; {@code width} and {@code height} are the
     * window's content size (the reading view's pages are a little shorter, for its footer).
     */
    public static ReaderWarmUp start(Story story, ReadingSettings settings, Supplier<FontCatalog> fonts,
                                     double width, double height) {
        ReaderWarmUp warmUp = new ReaderWarmUp(story);
        Thread thread = new Thread(() -> warmUp.run(settings, fonts, width, height), "quire-reader-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return warmUp;
    }

    private void run(ReadingSettings settings, Supplier<FontCatalog> fonts, double width, double height) {
        long started = System.nanoTime();
        try {
            PreparedStory story = PreparedStory.of(this.story);
            PageSpec spec = PageGeometry.single(Math.max(1, width), Math.max(1, height),
                    ReaderScreen.typography(settings, fonts.get()), settings.fontAndSpacing().marginScale());
            Paginator.preview(story, spec, new FxTextMeasurer(), new Anchor(0, 0), PAGES);
            prepared.complete(story);
            done.complete(null);
        } catch (RuntimeException e) {
            prepared.completeExceptionally(e);
            done.completeExceptionally(e);
        }
        if (Boolean.getBoolean("quire.logTimings")) {
            System.out.printf(Locale.ROOT, "quire: reading view prepared in the background in %.1f ms%s%n",
                    (System.nanoTime() - started) / 1e6, done.isCompletedExceptionally() ? " (failed)" : "");
        }
    }

    /** The story prepared for the engine, if it is {@code story} and the warm-up has got that far. */
    public Optional<PreparedStory> prepared(Story story) {
        if (story != this.story || !prepared.isDone() || prepared.isCompletedExceptionally()) {
            return Optional.empty();
        }
        return Optional.of(prepared.join());
    }

    /** Completes when the warm-up has ended, normally or not. */
    public CompletableFuture<Void> done() {
        return done;
    }
}
