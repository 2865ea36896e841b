package quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import quire.layout.LayoutChecks;
import quire.layout.PageGeometry;
import quire.layout.PageSpec;
import quire.layout.Pagination;
import quire.layout.Paginator;
import quire.layout.Typography;
import quire.story.Story;
import quire.story.StoryException;
import quire.story.StoryReader;
import quire.testing.Gen;
import quire.testing.Property;

/**
 * The engine with real fonts, for any window from 480x360 to 2560x1440 and any size from 10 to 40 px:
 * the pages hold exactly the story's text, in order, and every line lies inside its page.
 */
class RealFontPaginationIT {
    private static Story story;
    private static quire.layout.PreparedStory prepared;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        try (InputStream in = StoryReader.class.getResourceAsStream("/story/story.md")) {
            String extra = "\n\n# Chapter *Two*\n\n* * *\n\n> A quoted **letter**\n> signed.\n\n1. one\n2. two\n\n"
                    + "Averyveryveryveryveryveryveryveryveryveryveryveryveryveryverylongwordthatmustbreak.\n";
            byte[] bundled = in.readAllBytes();
            byte[] all = new byte[bundled.length + extra.getBytes(java.nio.charset.StandardCharsets.UTF_8).length];
            System.arraycopy(bundled, 0, all, 0, bundled.length);
            byte[] tail = extra.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            System.arraycopy(tail, 0, all, bundled.length, tail.length);
            story = new StoryReader().parse("story.md", all);
            prepared = quire.layout.PreparedStory.of(story);
        } catch (IOException | StoryException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A window, a font size, and whether lines are justified and the window shows two pages. */
    record Case(Window window, int fontSize, boolean justify, boolean twoPages) {
    }

    record Window(int width, int height) {
        static Gen<Window> any() {
            return Gen.zip(Gen.ints(480, 2560), Gen.ints(360, 1440), Window::new);
        }
    }

    @Test
    void pagesHoldTheTextExactlyInsideTheirBoxes() {
        Gen<Case> cases = Gen.zip(Window.any(), Gen.ints(10, 40), Gen.booleans(), Gen.booleans(), Case::new);
        Property.forAll("realFontPagesHoldTheTextExactlyInsideTheirBoxes", 120, cases, RealFontPaginationIT::holdsTheText);
    }

    private static void holdsTheText(Case c) {
        FxTextMeasurer measurer = new FxTextMeasurer();
        // Hyphenated, with hanging punctuation, as Quire sets text by default; justified or ragged.
        Typography type = new Typography("Serif", c.fontSize(), 1.5, Typography.ParagraphStyle.INDENT, c.justify(),
                true, true);
        int width = c.window().width();
        int height = c.window().height();
        PageSpec spec = c.twoPages() ? PageGeometry.spreadPage(width, height, type, 1)
                : PageGeometry.single(width, height, type, 1);
        Pagination pages = Paginator.paginate(prepared, spec, measurer);
        List<String> texts = Paginator.blockTexts(story);
        assertThat(LayoutChecks.joinedText(pages, texts)).isEqualTo(story.plainText());
        LayoutChecks.assertCoversTextExactly(pages, texts);
        LayoutChecks.assertInsidePages(pages, measurer);
        LayoutChecks.assertAnchorsRoundTrip(pages);
    }
}
