package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import quire.testing.Gen;
import quire.testing.Property;

/** Helper threads count a long story's pages with the UI thread: the same pages, whoever broke which block. */
class HelpedPaginationTest {
    private static final TextMeasurer MEASURER = new FixedWidthMeasurer();
    private static final PreparedStory STORY = PreparedStory.of(StoryGenerator.story(120_000));
    private final ExecutorService threads = Executors.newFixedThreadPool(3);

    record Case(int width, int fontSize, int helpers) {
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private static PageSpec spec(int width, int fontSize) {
        return new PageSpec(width, 700, PageSpec.Margins.uniform(40), Typography.DEFAULT.withFontSize(fontSize));
    }

    /** Runs the job in short slices with pauses between, as the UI thread does between frames. */
    private static Pagination sliced(PaginationJob job) throws InterruptedException {
        while (!job.advance(200_000)) {
            Thread.sleep(0, 200_000);
        }
        return job.result();
    }

    @Test
    void helpedPagesEqualThePagesOfOneThread() {
        Gen<Case> cases = Gen.zip(Gen.ints(320, 1800), Gen.ints(10, 36), Gen.ints(1, 3), Case::new);
        Property.forAll("helpedPagesEqualThePagesOfOneThread", 20, cases, c -> {
            PageSpec spec = spec(c.width(), c.fontSize());
            PaginationJob job = new PaginationJob(STORY, spec, MEASURER, threads, c.helpers());
            assertThat(sliced(job)).isEqualTo(Paginator.paginate(STORY, spec, MEASURER));
        });
    }

    @Test
    void aCountForgetsTheHyphensOfTheWordsItSetWhenItIsDone() {
        PaginationJob job = new PaginationJob(STORY, spec(260, 16), MEASURER);
        int mostKept = 0;
        while (!job.advance(1)) { // one run of blocks at a time
            mostKept = Math.max(mostKept, job.wordsKept());
        }
        assertThat(mostKept).as("hyphenated words kept while counting").isPositive();
        assertThat(job.wordsKept()).isZero();
    }

    @Test
    void helpersBreakBlocksWithTheirOwnMeasurer() throws InterruptedException {
        AtomicLong helperWidths = new AtomicLong();
        PageSpec spec = spec(600, 18);
        PaginationJob job = new PaginationJob(STORY, spec, new Forking(MEASURER, new Counting(helperWidths)), threads, 2);
        assertThat(sliced(job)).isEqualTo(Paginator.paginate(STORY, spec, MEASURER));
        assertThat(helperWidths.get()).as("widths the helpers measured").isPositive();
    }

    @Test
    void aHelperThatFailsHandsItsBlocksBack() throws InterruptedException {
        AtomicBoolean failed = new AtomicBoolean();
        TextMeasurer failing = new TextMeasurer() {
            @Override
            public double width(String text, FontSpec font) {
                failed.set(true);
                throw new IllegalStateException("a helper's measurer broke");
            }

            @Override
            public LineMetrics metrics(FontSpec font) {
                return MEASURER.metrics(font);
            }
        };
        PageSpec spec = spec(700, 20);
        PaginationJob job = new PaginationJob(STORY, spec, new Forking(MEASURER, failing), threads, 1);
        assertThat(sliced(job)).isEqualTo(Paginator.paginate(STORY, spec, MEASURER));
        assertThat(failed).as("the helper did fail").isTrue();
    }

    /** Measures as {@code own} on the thread that made it, and gives helpers {@code helper}. */
    private record Forking(TextMeasurer own, TextMeasurer helper) implements TextMeasurer {
        @Override
        public double width(String text, FontSpec font) {
            return own.width(text, font);
        }

        @Override
        public LineMetrics metrics(FontSpec font) {
            return own.metrics(font);
        }

        @Override
        public TextMeasurer forAnotherThread() {
            return helper;
        }
    }

    private record Counting(AtomicLong widths) implements TextMeasurer {
        @Override
        public double width(String text, FontSpec font) {
            widths.incrementAndGet();
            return MEASURER.width(text, font);
        }

        @Override
        public LineMetrics metrics(FontSpec font) {
            return MEASURER.metrics(font);
        }
    }
}
