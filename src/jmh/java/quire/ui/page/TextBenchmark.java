package quire.ui.page;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import quire.layout.LineGeometry;
import quire.layout.Page;
import quire.layout.PageGeometry;
import quire.layout.PageSpec;
import quire.layout.Pagination;
import quire.layout.Paginator;
import quire.layout.PreparedStory;
import quire.layout.StoryGenerator;
import quire.layout.Typography;
import quire.place.Anchor;
import quire.place.TextRange;
import quire.story.Story;
import quire.story.StoryReader;
import quire.text.SearchIndex;
import quire.ui.FxTextMeasurer;
import quire.ui.HeadlessFxBenchmark;
import quire.ui.RangeKind;
import quire.ui.RangeLayers;

/**
 * Taking the text, with real JavaFX fonts (headless Monocle): building the search index of a 1 MB story,
 * searching it for a common word (the first results and the whole list) and counting a rare one, one
 * step of a drag-selection (the character under the pointer and the boxes of a page-long selection), and
 * drawing a page with its search matches behind the text.
 */
public class TextBenchmark extends HeadlessFxBenchmark {
    private List<String> megabyteTexts;
    private SearchIndex index;
    private FxTextMeasurer measurer;
    private Page page;
    private TextRange wholePage;
    private PageView view;
    private PageSpec spec;
    private double dragX;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        startToolkit();
        Story big = StoryGenerator.story(1_000_000);
        megabyteTexts = PreparedStory.of(big).blockTexts();
        index = new SearchIndex(megabyteTexts);
        byte[] bytes = StoryReader.class.getResourceAsStream("/story/story.md").readAllBytes();
        PreparedStory bundled = PreparedStory.of(new StoryReader().parse("story.md", bytes));
        spec = PageGeometry.single(1100, 720, Typography.DEFAULT, 1);
        measurer = new FxTextMeasurer();
        Pagination pages = Paginator.paginate(bundled, spec, measurer);
        page = pages.page(1);
        var last = page.lines().get(page.lines().size() - 1);
        wholePage = new TextRange(page.start(), new Anchor(last.block(), last.end()));
        RangeLayers layers = new RangeLayers();
        layers.set(RangeKind.SEARCH_HIT, new SearchIndex(bundled.blockTexts()).find("the"));
        view = new PageView(measurer, layers, bundled.blockTexts());
        System.out.println("\n1 MB story: " + megabyteTexts.stream().mapToInt(String::length).sum()
                + " characters; 'the' " + index.count("the") + " matches; 'showdown' " + index.count("showdown"));
    }

    @Benchmark
    public SearchIndex buildIndexOfMegabyte() {
        return new SearchIndex(megabyteTexts);
    }

    @Benchmark
    public List<TextRange> firstHundredMatchesOfACommonWord() {
        return index.find("the", 100);
    }

    @Benchmark
    public List<TextRange> everyMatchOfACommonWord() {
        return index.find("the");
    }

    @Benchmark
    public int countOfARareWordWithAnApostrophe() {
        return index.count("can't");
    }

    /** What one mouse-move of a drag costs before drawing: the place under the pointer and the boxes. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<LineGeometry.Box> dragSelectionStep() {
        dragX = dragX > 600 ? 10 : dragX + 37;
        Anchor under = LineGeometry.anchorAt(page, dragX, spec.contentHeight() * 0.7, measurer);
        return LineGeometry.boxes(page, new TextRange(page.start(), under), measurer);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<LineGeometry.Box> boxesOfAPageLongSelection() {
        return LineGeometry.boxes(page, wholePage, measurer);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public PageView drawPageWithSearchMatches() {
        view.show(page, spec);
        return view;
    }
}
