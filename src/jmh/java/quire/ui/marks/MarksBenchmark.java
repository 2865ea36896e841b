package quire.ui.marks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import quire.layout.PageGeometry;
import quire.layout.Page;
import quire.layout.PageSpec;
import quire.layout.Pagination;
import quire.layout.Paginator;
import quire.layout.PreparedStory;
import quire.layout.StoryGenerator;
import quire.place.TextRange;
import quire.layout.Typography;
import quire.identity.StoryIdentity;
import quire.marks.Highlight;
import quire.marks.Mark;
import quire.marks.MarkColour;
import quire.marks.Reanchor;
import quire.marks.TextQuote;
import quire.ui.FxTextMeasurer;
import quire.ui.HeadlessFxBenchmark;
import quire.ui.RangeLayers;
import quire.ui.page.PageView;

/**
 * A 1 MB story with 1,000 highlights spread through it, in four colours: drawing a page with its
 * highlights behind the text (what a page turn costs), putting all of them into the range layers (what
 * loading costs), and finding all of them again after a paragraph was added at the start.
 */
public class MarksBenchmark extends HeadlessFxBenchmark {
    private List<String> texts;
    private List<String> changedTexts;
    private List<String> typoTexts;
    private quire.story.Story megabyte;
    private List<Mark> thousand;
    private PageView view;
    private Page page;
    private PageSpec spec;
    private int turn;
    private Pagination pages;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        startToolkit();
        megabyte = StoryGenerator.story(1_000_000);
        PreparedStory story = PreparedStory.of(megabyte);
        texts = story.blockTexts();
        changedTexts = new ArrayList<>(texts);
        changedTexts.add(0, "A new first paragraph, added by the author after the marks were made.");
        typoTexts = new ArrayList<>(texts);
        int typoStep = Math.max(1, texts.size() / 1000);
        for (int i = 0; i < 100; i++) {
            int block = Math.min(texts.size() - 1, i * typoStep);
            String text = typoTexts.get(block);
            int space = text.indexOf(' ', Math.min(20, text.length()));
            if (space > 0 && space < 50) {
                typoTexts.set(block, text.substring(0, space) + " really" + text.substring(space));
            }
        }
        thousand = new ArrayList<>();
        int step = Math.max(1, texts.size() / 1000);
        for (int i = 0; i < 1000; i++) {
            int block = Math.min(texts.size() - 1, i * step);
            int length = Math.min(texts.get(block).length(), 60);
            TextRange range = TextRange.inBlock(block, 0, length);
            thousand.add(new Highlight("h" + i, range, TextQuote.of(texts, range), MarkColour.values()[i % 4],
                    i % 10 == 0 ? "a note" : "", true));
        }
        spec = PageGeometry.single(1100, 720, Typography.DEFAULT, 1);
        FxTextMeasurer measurer = new FxTextMeasurer();
        pages = Paginator.paginate(story, spec, measurer);
        RangeLayers layers = new RangeLayers();
        new MarksModel(texts, layers).loaded(thousand);
        view = new PageView(measurer, layers, texts);
        System.out.println("\n" + pages.pageCount() + " pages, " + texts.size() + " paragraphs, 1000 highlights");
    }

    /** A page turn: the next page's text and its highlights, as the reading view draws them. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public PageView drawPageWithHighlights() {
        turn = (turn + 1) % pages.pageCount();
        page = pages.page(turn);
        view.show(page, spec);
        return view;
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public MarksModel loadThousandHighlightsIntoLayers() {
        MarksModel model = new MarksModel(texts, new RangeLayers());
        model.loaded(thousand);
        return model;
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<Mark> reanchorThousandAfterAParagraphWasAdded() {
        return new Reanchor(changedTexts).all(thousand);
    }

    /** The same story opened unchanged: every mark at its own place (the load after every start). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<Mark> reanchorThousandUnchanged() {
        return new Reanchor(texts).all(thousand);
    }

    /** A typo fixed inside 100 of the highlights: each found by its unchanged context either side. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<Mark> reanchorHundredWithAWordChangedInside() {
        return new Reanchor(typoTexts).all(thousand.subList(0, 100));
    }

    /** What knowing a story again costs when its text is not one remembered: its identity, sketch included. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public StoryIdentity identityOfTheMegabyteStory() {
        return StoryIdentity.of(megabyte, Optional.empty());
    }
}
