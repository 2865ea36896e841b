package quire.ui.reading;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import quire.layout.FontSpec;
import quire.layout.LineMetrics;
import quire.layout.PageGeometry;
import quire.layout.PageSpec;
import quire.layout.Paginator;
import quire.layout.PreparedStory;
import quire.layout.TextMeasurer;
import quire.place.Anchor;
import quire.settings.ReadingSettings;
import quire.story.Story;
import quire.ui.FontCatalog;

/**
 * The reading view's preparation, done while the reader reads the consent screen, so that "Start
 * reading" finds the work done instead of doing it while the reader waits. First, on a background
 * thread of low priority, the story is flattened into the engine's blocks (kept: the reading view starts
 * from them), its hyphenation patterns are read, and its first pages are set once with estimated widths
 * (thrown away), which compiles the engine's code. JavaFX measures text only on its own thread, so then,
 * back on the UI thread, the first page is set once more with the app's own measurer, which opens the
 * page fonts and fills that measurer's cache of word widths. Nothing is shown; a failure only means the
 * reading view prepares the story itself.
 */
public final class ReaderWarmUp {
    /** Pages of the story set to warm the engine, as the reading view's preview sets them. */
    static final int PAGES = 2;

    private final Story story;
    private final CompletableFuture<PreparedStory> prepared = new CompletableFuture<>();
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    private ReaderWarmUp(Story story) {
        this.story = story;
    }

    /**
     * Starts preparing {@code story}; call on the UI thread. {@code width} and {@code height} are the
     * window's content size (the reading view's pages are a little shorter, for its footer);
     * {@code measurer} is the one the reading view will use, and {@code uiThread} runs work on its thread.
     */
    public static ReaderWarmUp start(Story story, ReadingSettings settings, FontCatalog fonts, double width,
                                     double height, TextMeasurer measurer, Executor uiThread) {
        PageSpec spec = PageGeometry.single(Math.max(1, width), Math.max(1, height),
                ReadingTypography.of(settings, fonts), settings.fontAndSpacing().marginScale());
        ReaderWarmUp warmUp = new ReaderWarmUp(story);
        Thread thread = new Thread(() -> warmUp.inBackground(spec, measurer, uiThread), "quire-reader-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return warmUp;
    }

    private void inBackground(PageSpec spec, TextMeasurer measurer, Executor uiThread) {
        long started = System.nanoTime();
        try {
            PreparedStory flattened = PreparedStory.of(story);
            Paginator.preview(flattened, spec, ESTIMATED_WIDTHS, new Anchor(0, 0), PAGES);
            prepared.complete(flattened);
            uiThread.execute(() -> onUiThread(flattened, spec, measurer, started));
        } catch (RuntimeException e) {
            fail(e, started);
        }
    }

    private void onUiThread(PreparedStory flattened, PageSpec spec, TextMeasurer measurer, long started) {
        long onUi = System.nanoTime();
        try {
            Paginator.preview(flattened, spec, measurer, new Anchor(0, 0), 1);
            done.complete(null);
            log(started, String.format(Locale.ROOT, " (%.1f ms of it on the UI thread)", (System.nanoTime() - onUi) / 1e6));
        } catch (RuntimeException e) {
            fail(e, started);
        }
    }

    private void fail(RuntimeException e, long started) {
        prepared.completeExceptionally(e);
        done.completeExceptionally(e);
        log(started, " (failed: " + e + ")");
    }

    private static void log(long started, String how) {
        if (Boolean.getBoolean("quire.logTimings")) {
            System.out.printf(Locale.ROOT, "quire: reading view prepared behind the consent screen in %.1f ms%s%n",
                    (System.nanoTime() - started) / 1e6, how);
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

    /** Widths near a book face's (characters about 0.45 em): enough to run the engine, never shown. */
    private static final TextMeasurer ESTIMATED_WIDTHS = new TextMeasurer() {
        @Override
        public double width(String text, FontSpec font) {
            return text.length() * font.size() * 0.45;
        }

        @Override
        public LineMetrics metrics(FontSpec font) {
            return new LineMetrics(font.size() * 0.8, font.size() * 0.25);
        }
    };
}
