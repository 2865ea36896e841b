package quire.ui.reading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import quire.layout.StoryGenerator;
import quire.settings.PageLayout;
import quire.settings.PageMode;
import quire.settings.ReadingSettings;
import quire.story.Story;
import quire.ui.FontCatalog;
import quire.ui.FxTextMeasurer;
import quire.ui.SettingsModel;
import quire.ui.ThemePalette;
import quire.ui.page.ReaderModel;
import quire.ui.scroll.ScrollModel;

/**
 * Frame times while Scroll mode scrolls the generated 1 MB story, in a real window with software
 * rendering, timed by our own {@link AnimationTimer} (one call per pulse; the gap between calls is the
 * frame time the reader sees). Also the nodes in the scene and the heap in use, paged against scrolled.
 * Not JMH: frames are what is measured, not a method. Run under a display (Xvfb is fine):
 *
 * <pre>xvfb-run -a -s "-screen 0 1280x800x24" mvn -Pbench -DskipTests test-compile exec:exec \
 *     -Dbench.main=quire.ui.reading.ScrollFrames -Dbench.args="1100 760"</pre>
 */
public final class ScrollFrames {
    private static final int FRAMES = 600;

    private ScrollFrames() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        double width = args.length > 0 ? Double.parseDouble(args[0]) : 1100;
        double height = args.length > 1 ? Double.parseDouble(args[1]) : 760;
        Story story = StoryGenerator.story(1_000_000);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();

        SettingsModel settings = new SettingsModel(ReadingSettings.DEFAULTS.with(PageLayout.DEFAULTS.withPageMode(PageMode.ONE)));
        ReaderScreen[] screen = new ReaderScreen[1];
        onFx(() -> {
            FontCatalog fonts = FontCatalog.ofThisMachine();
            FxTextMeasurer measurer = new FxTextMeasurer();
            screen[0] = new ReaderScreen(new ReaderModel(story, measurer), settings, measurer, () -> fonts);
            Scene scene = new Scene(screen[0], width, height);
            scene.getStylesheets().add(ScrollFrames.class.getResource("/quire/ui/quire.css").toExternalForm());
            scene.getRoot().setStyle(ThemePalette.of(quire.settings.Theme.LIGHT).asStyle());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
        });
        ReaderModel model = screen[0].model();
        waitFor(() -> model.exactProperty().get());
        onFx(() -> model.goToPage(model.paginationProperty().get().pageCount() / 3));
        Thread.sleep(500);
        System.out.printf(Locale.ROOT, "1 MB story, %.0fx%.0f, prism.order=%s, %d pages%n", width, height,
                System.getProperty("prism.order"), model.paginationProperty().get().pageCount());
        report("paged view", screen[0]);

        // Entering Scroll mode from exact pages: the longest frame while it happens.
        enter(settings, PageMode.SCROLL, "entering Scroll mode (first time)");
        report("scroll view", screen[0]);

        ScrollModel scroll = screen[0].scroll();
        int redrawsBefore = screen[0].scrollView().redraws();
        print("smooth scroll, 8 px a frame", frames(FRAMES, i -> scroll.scrollBy(8)));
        print("fast scroll, 40 px a frame", frames(FRAMES, i -> scroll.scrollBy(40)));
        print("a wheel notch (60 px) every 4th frame", frames(FRAMES, i -> {
            if (i % 4 == 0) {
                scroll.scrollBy(60);
            }
        }));
        print("Page Down every 10th frame", frames(FRAMES, i -> {
            if (i % 10 == 0) {
                scroll.screenDown();
            }
        }));
        System.out.printf(Locale.ROOT, "window of lines drawn again %d times in %d frames%n",
                screen[0].scrollView().redraws() - redrawsBefore, 4 * FRAMES);

        // A font change in Scroll mode: new pages counted in the background while the reader scrolls on.
        List<Double> fontChange = frames(FRAMES, i -> {
            if (i == 5) {
                settings.update(s -> s.with(s.fontAndSpacing().withFontSize(22)));
            } else if (i > 5) {
                scroll.scrollBy(8);
            }
        });
        print("font change, then scrolling while pages are counted", fontChange);
        System.out.printf(Locale.ROOT, "exact after the font change: %s%n", model.exactProperty().get());
        report("scroll view after", screen[0]);
        enter(settings, PageMode.ONE, "back to pages");
        report("paged view again", screen[0]);
        enter(settings, PageMode.SCROLL, "entering Scroll mode again");
        report("scroll view again", screen[0]);
        Platform.exit();
    }

    /** Switches the page mode in a frame of its own: how long the switch itself took and the longest frame. */
    private static void enter(SettingsModel settings, PageMode mode, String what) throws Exception {
        double[] switchMs = new double[1];
        List<Double> frames = frames(40, i -> {
            if (i == 5) {
                long t0 = System.nanoTime();
                settings.update(s -> s.with(s.pageLayout().withPageMode(mode)));
                switchMs[0] = (System.nanoTime() - t0) / 1e6;
            }
        });
        System.out.printf(Locale.ROOT, "%s: the switch %.1f ms, longest frame %.1f ms%n", what, switchMs[0], max(frames));
    }

    private static void print(String what, List<Double> frames) {
        double[] sorted = frames.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        long late = Arrays.stream(sorted).filter(ms -> ms > 1000.0 / 60 * 1.5).count();
        double mean = Arrays.stream(sorted).average().orElse(0);
        System.out.printf(Locale.ROOT,
                "%-52s median %5.1f ms  p95 %5.1f  p99 %5.1f  max %5.1f  mean %.1f ms (%.0f fps)  over 25 ms: %d of %d%n",
                what, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1], mean,
                1000 / mean, late, sorted.length);
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double max(List<Double> frames) {
        return frames.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** Runs {@code step} once per pulse for {@code count} pulses; answers the intervals between them. */
    private static List<Double> frames(int count, Consumer<Integer> step) throws Exception {
        List<Double> intervals = new ArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        onFx(() -> new AnimationTimer() {
            private long last;
            private int frame;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    intervals.add((now - last) / 1e6);
                }
                last = now;
                if (frame == count) {
                    stop();
                    done.complete(null);
                    return;
                }
                step.accept(frame++);
            }
        }.start());
        done.get(120, TimeUnit.SECONDS);
        return intervals;
    }

    private static void report(String what, ReaderScreen screen) throws Exception {
        long[] nodes = new long[1];
        onFx(() -> nodes[0] = count(screen));
        Runtime rt = Runtime.getRuntime();
        long used = 0;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            used = rt.totalMemory() - rt.freeMemory();
        }
        System.out.printf(Locale.ROOT, "%s: %d nodes in the scene, %.1f MB heap used after GC%n", what, nodes[0],
                used / 1e6);
    }

    private static long count(Node node) {
        long n = 1;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                n += count(child);
            }
        }
        return n;
    }

    private static void onFx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(60, TimeUnit.SECONDS);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            boolean[] ok = new boolean[1];
            onFx(() -> ok[0] = condition.getAsBoolean());
            if (ok[0]) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("timed out");
    }
}
