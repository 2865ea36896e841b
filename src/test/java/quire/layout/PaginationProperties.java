package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import quire.story.Story;
import quire.testing.Gen;
import quire.testing.Property;

/** For any window and font size, the pages hold the story's text exactly and inside their boxes. */
class PaginationProperties {
    private static final TextMeasurer MEASURER = new FixedWidthMeasurer();
    private static final Story STORY = PaginatorTest.story(new String(
            quire.story.StoryReader.class.getResourceAsStream("/story/story.md") == null ? new byte[0] : readBundled(),
            java.nio.charset.StandardCharsets.UTF_8) + "\n\n# A heading\n\n* * *\n\n> quoted *text*\n\n- a\n- b\n");

    private static byte[] readBundled() {
        try (var in = quire.story.StoryReader.class.getResourceAsStream("/story/story.md")) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final PreparedStory PREPARED = PreparedStory.of(STORY);

    /** A window, a font size and the paragraph settings that change where lines break. */
    record Case(Window window, int fontSize, Setting setting) {
    }

    record Setting(boolean justify, boolean spaced, boolean hyphenate, boolean hang) {
        static Gen<Setting> any() {
            return Gen.zip(Gen.booleans(), Gen.booleans(), Gen.booleans(), Gen.booleans(), Setting::new);
        }
    }

    record Window(int width, int height) {
        static Gen<Window> any() {
            return Gen.zip(Gen.ints(480, 2560), Gen.ints(360, 1440), Window::new);
        }
    }

    @Test
    void pagesHoldTheTextExactlyInsideTheirBoxes() {
        Gen<Case> cases = Gen.zip(Window.any(), Gen.ints(10, 40), Setting.any(), Case::new);
        Property.forAll("pagesHoldTheTextExactlyInsideTheirBoxes", 200, cases, PaginationProperties::holdsTheText);
    }

    private static void holdsTheText(Case c) {
        Setting s = c.setting();
        Typography type = new Typography("Serif", c.fontSize(), 1.5,
                s.spaced() ? Typography.ParagraphStyle.SPACED : Typography.ParagraphStyle.INDENT, s.justify(),
                s.hyphenate(), s.hang());
        PageSpec spec = new PageSpec(c.window().width(), c.window().height(), new PageSpec.Margins(40, 48, 40, 48), type);
        Pagination p = Paginator.paginate(PREPARED, spec, MEASURER);
        List<String> texts = Paginator.blockTexts(STORY);
        assertThat(LayoutChecks.joinedText(p, texts)).isEqualTo(STORY.plainText());
        LayoutChecks.assertCoversTextExactly(p, texts);
        LayoutChecks.assertInsidePages(p, MEASURER);
        LayoutChecks.assertAnchorsRoundTrip(p);
        assertBreaksOnlyBetweenWords(p, texts);
    }

    /**
     * "You’re" never becomes "You’" and "re": every soft break follows a space or a dash between words,
     * or falls at one of the word's hyphenation points, and the line before it then draws the hyphen.
     */
    private static void assertBreaksOnlyBetweenWords(Pagination p, List<String> texts) {
        Line previous = null;
        for (Page page : p.pages()) {
            for (Line line : page.lines()) {
                Line before = previous;
                previous = line;
                if (line.firstOfBlock() || line.kind() != Line.Kind.TEXT) {
                    continue;
                }
                String text = texts.get(line.block());
                if (before.hyphenated()) {
                    int wordStart = before.start();
                    int wordEnd = line.end();
                    assertThat(WordHyphens.points(text, wordStart, wordEnd, PREPARED.hyphenator()))
                            .as("hyphen before '%s'", line.drawnText()).contains(line.start());
                    continue;
                }
                char last = text.charAt(line.start() - 1);
                assertThat(" \n-\u2014\u2013\u2026/").as("break before '%s'", line.drawnText())
                        .contains(String.valueOf(last));
            }
        }
    }
}
