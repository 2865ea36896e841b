package quire.ui.page;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import quire.layout.Page;
import quire.layout.PageGeometry;
import quire.layout.PageSpec;
import quire.layout.Pagination;
import quire.layout.Paginator;
import quire.layout.PreparedStory;
import quire.layout.StoryGenerator;
import quire.layout.Typography;
import quire.place.Anchor;
import quire.story.Story;
import quire.story.StoryReader;
import quire.ui.FxTextMeasurer;
import quire.ui.HeadlessFxBenchmark;
import quire.ui.RangeLayers;

/**
 * The pagination engine with real JavaFX fonts (headless Monocle toolkit): re-laying out the bundled
 * story, a generated 1 MB story, the first page of that story after a font change, and drawing a page.
 * "warm" reuses a measurer whose width cache is full (a resize); "newFont" starts from an empty cache
 * (a font or size change, the slow case).
 */
public class EngineBenchmark extends HeadlessFxBenchmark {
    private PreparedStory bundled;
    private PreparedStory megabyte;
    private PageSpec spec;
    private FxTextMeasurer warm;
    private Anchor middleOfMegabyte;
    private Page bundledPage;
    private PageView view;
    private double size = 20;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        startToolkit();
        byte[] bytes = StoryReader.class.getResourceAsStream("/story/story.md").readAllBytes();
        Story story = new StoryReader().parse("story.md", bytes);
        bundled = PreparedStory.of(story);
        Story big = StoryGenerator.story(1_000_000);
        megabyte = PreparedStory.of(big);
        spec = PageGeometry.single(1100, 720, Typography.DEFAULT, 1);
        warm = new FxTextMeasurer();
        Pagination bigPages = Paginator.paginate(megabyte, spec, warm);
        middleOfMegabyte = bigPages.page(bigPages.pageCount() / 2).start();
        Pagination pages = Paginator.paginate(bundled, spec, warm);
        bundledPage = pages.page(1);
        view = new PageView(warm, new RangeLayers(), bundled.blockTexts());
        System.out.println("\nbundled: " + pages.pageCount() + " pages; 1 MB story: " + bigPages.pageCount()
                + " pages, " + new String(StoryGenerator.markdown(1_000_000).getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8).length() + " characters of Markdown");
    }

    /** A different size every call, as a font change would be: nothing cached for it. */
    private PageSpec newFontSpec() {
        size = size >= 30 ? 12 : size + 0.5;
        return PageGeometry.single(1100, 720, Typography.DEFAULT.withFontSize(size), 1);
    }

    @Benchmark
    public Pagination bundledWarm() {
        return Paginator.paginate(bundled, spec, warm);
    }

    @Benchmark
    public Pagination bundledNewFont() {
        return Paginator.paginate(bundled, newFontSpec(), new FxTextMeasurer());
    }

    @Benchmark
    public Pagination megabyteWarm() {
        return Paginator.paginate(megabyte, spec, warm);
    }

    @Benchmark
    public Pagination megabyteNewFont() {
        return Paginator.paginate(megabyte, newFontSpec(), new FxTextMeasurer());
    }

    @Benchmark
    public Pagination megabyteFirstPageNewFont() {
        return Paginator.preview(megabyte, newFontSpec(), new FxTextMeasurer(), middleOfMegabyte, 3);
    }

    /** Scroll mode's preview: the same, with three pages before the place to scroll back into. */
    @Benchmark
    public Pagination megabyteScrollPreviewNewFont() {
        return Paginator.preview(megabyte, newFontSpec(), new FxTextMeasurer(), middleOfMegabyte, 3, 3);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public PageView drawPage() {
        view.show(bundledPage, spec);
        return view;
    }
}
