package quire.ui.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import quire.layout.PageGeometry;
import quire.layout.PageSpec;
import quire.layout.Pagination;
import quire.layout.PreparedStory;
import quire.layout.Typography;
import quire.settings.ReadingSettings;
import quire.story.Story;
import quire.story.StoryReader;
import quire.ui.FontCatalog;
import quire.ui.FxTextMeasurer;
import quire.ui.page.ReaderModel;

/** The reading view prepared in the background: the same story, ready to start from, and pages unchanged. */
class ReaderWarmUpIT {
    private static Story story;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        try (InputStream in = StoryReader.class.getResourceAsStream("/story/story.md")) {
            story = new StoryReader().parse("story.md", in.readAllBytes());
        }
    }

    private static ReaderWarmUp warmed(Story s, double width, double height) throws Exception {
        ReaderWarmUp[] warmUp = new ReaderWarmUp[1];
        WaitForAsyncUtils.asyncFx(() -> warmUp[0] = ReaderWarmUp.start(s, ReadingSettings.DEFAULTS,
                FontCatalog.ofThisMachine(), width, height, new FxTextMeasurer(), javafx.application.Platform::runLater))
                .get(20, TimeUnit.SECONDS);
        warmUp[0].done().get(20, TimeUnit.SECONDS);
        return warmUp[0];
    }

    @Test
    void itPreparesThatStoryAndNoOther() throws Exception {
        ReaderWarmUp warmUp = warmed(story, 1100, 760);
        assertThat(warmUp.prepared(story)).hasValueSatisfying(prepared ->
                assertThat(prepared.blockTexts()).isEqualTo(PreparedStory.of(story).blockTexts()));
        Story same = new StoryReader().parse("story.md", StoryReader.class.getResourceAsStream("/story/story.md").readAllBytes());
        assertThat(warmUp.prepared(same)).as("another story object, perhaps another story").isEmpty();
    }

    @Test
    void theReadingViewStartedFromItLaysOutTheSamePages() throws Exception {
        PreparedStory prepared = warmed(story, 1100, 760).prepared(story).orElseThrow();
        Typography type = ReadingTypography.of(ReadingSettings.DEFAULTS, FontCatalog.ofThisMachine());
        PageSpec spec = PageGeometry.single(700, 520, type, 1);
        Pagination[] pages = new Pagination[2];
        WaitForAsyncUtils.asyncFx(() -> {
            FxTextMeasurer measurer = new FxTextMeasurer();
            ReaderModel fromWarmUp = new ReaderModel(story, prepared, measurer);
            ReaderModel fromScratch = new ReaderModel(story, measurer);
            fromWarmUp.layout(spec, 1);
            fromScratch.layout(spec, 1);
            pages[0] = fromWarmUp.paginationProperty().get();
            pages[1] = fromScratch.paginationProperty().get();
        }).get(20, TimeUnit.SECONDS);
        assertThat(pages[0].pageCount()).isGreaterThan(3).isEqualTo(pages[1].pageCount());
        for (int i = 0; i < pages[0].pageCount(); i++) {
            assertThat(pages[0].page(i).lines()).isEqualTo(pages[1].page(i).lines());
        }
    }

    @Test
    void aWindowWithNoRoomYetStillEndsTheWarmUpWell() throws Exception {
        ReaderWarmUp warmUp = warmed(story, 0, 0);
        assertThat(warmUp.done()).isCompletedWithValue(null);
        assertThat(warmUp.prepared(story)).isPresent();
    }
}
