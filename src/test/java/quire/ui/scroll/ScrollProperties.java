package quire.ui.scroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import quire.place.Anchor;
import quire.layout.FixedWidthMeasurer;
import quire.layout.ScrollColumn;
import quire.layout.StoryGenerator;
import quire.story.Story;
import quire.testing.Gen;
import quire.testing.Property;
import org.junit.jupiter.api.Test;
import quire.ui.page.ReaderModel;

/** Whatever the reader does to the window and the font, Scroll mode keeps their place on the reading line. */
class ScrollProperties {
    private static final Story STORY = StoryGenerator.story(40_000);

    /** A re-layout (window and font) after a scroll of {@code scroll} pixels. */
    record Step(int scroll, int width, int height, int fontSize) {
        static Gen<Step> any() {
            return Gen.zip(Gen.zip(Gen.ints(-3000, 20_000, 0), Gen.ints(320, 2000), (s, w) -> new int[] {s, w}),
                    Gen.ints(240, 1200), Gen.ints(10, 40), (sw, h, f) -> new Step(sw[0], sw[1], h, f));
        }
    }

    @Test
    void theAnchorSurvivesRandomResizesAndFontChanges() {
        Property.forAll("theAnchorSurvivesRandomResizesAndFontChanges", 60, Gen.lists(Step.any(), 1, 6),
                ScrollProperties::keepsThePlace);
    }

    private static void keepsThePlace(List<Step> steps) {
        ReaderModel model = new ReaderModel(STORY, new FixedWidthMeasurer(), Runnable::run);
        ScrollModel scroll = new ScrollModel(model);
        scroll.setViewport(600);
        scroll.setActive(true);
        model.layout(ScrollModelTest.spec(700, 600, 20), 1);
        for (Step step : steps) {
            scroll.scrollBy(step.scroll());
            Anchor place = model.anchor();
            scroll.setViewport(step.height());
            model.layout(ScrollModelTest.spec(step.width(), step.height(), step.fontSize()), 1);
            ScrollColumn c = scroll.columnProperty().get();
            double top = scroll.topProperty().get();
            assertThat(model.anchor()).as("a re-layout never moves the place").isEqualTo(place);
            int line = c.lineIndexOf(place);
            if (c.scrollTopFor(line) <= c.maxScrollTop(step.height())) {
                assertThat(c.readingLine(top)).as("its line heads the screen").isEqualTo(line);
            } else {
                assertThat(c.bottom(line)).as("near the end, its line is still on screen")
                        .isLessThanOrEqualTo(top + step.height() + 0.5);
            }
        }
    }
}
