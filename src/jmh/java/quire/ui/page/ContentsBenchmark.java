package quire.ui.page;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import quire.layout.Chapter;
import quire.layout.Chapters;
import quire.layout.PageGeometry;
import quire.layout.PreparedStory;
import quire.layout.StoryGenerator;
import quire.layout.Typography;
import quire.ui.FxTextMeasurer;
import quire.ui.HeadlessFxBenchmark;

/**
 * Opening the contents of the generated 1 MB story (its chapters every 60 paragraphs): finding the
 * chapters, and the line the panel shows for each (its page and its length), with exact pages.
 */
public class ContentsBenchmark extends HeadlessFxBenchmark {
    private PreparedStory megabyte;
    private ReaderModel model;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        startToolkit();
        var big = StoryGenerator.story(1_000_000);
        megabyte = PreparedStory.of(big);
        model = new ReaderModel(big, new FxTextMeasurer(), Runnable::run);
        model.layout(PageGeometry.single(1100, 720, Typography.DEFAULT, 1), 1);
        model.finishLayout();
        System.out.println("\n1 MB story: " + model.chapters().list().size() + " chapters, "
                + model.paginationProperty().get().pageCount() + " pages");
    }

    @Benchmark
    public Chapters findTheChapters() {
        return Chapters.of(megabyte);
    }

    /** Every row of the contents at once (the list itself makes only the rows in view). */
    @Benchmark
    public List<String> everyContentsRow() {
        List<String> rows = new ArrayList<>();
        for (Chapter chapter : model.chapters().list()) {
            rows.add(chapter.title() + model.labels().pageLabel(chapter.start()) + model.time().minutesOf(chapter));
        }
        return rows;
    }
}
