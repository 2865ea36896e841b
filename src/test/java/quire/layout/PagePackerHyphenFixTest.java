package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the packer asks for a page-end hyphen to be set away, and what it keeps when no answer helps. */
class PagePackerHyphenFixTest {
    private static final FontSpec FONT = new FontSpec("Serif", 10, false, false);

    /** Six lines of ten characters in block 0, 10 px tall; {@code hyphenAt} ends in a drawn hyphen. */
    private static List<Line> paragraph(int hyphenAt, String tag) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            lines.add(new Line(0, i * 10, i * 10 + 10, Line.Kind.TEXT, i == 0, i == 5, 0, 0, 10, 8,
                    List.of(new Run(tag + i, FONT, 0, i * 10)), List.of(), i == hyphenAt));
        }
        return lines;
    }

    /** What each line of a page says (placing a line sets its top, so lines are compared by their text). */
    private static List<String> texts(Page page) {
        return page.lines().stream().map(line -> line.runs().get(0).text()).toList();
    }

    @Test
    void whenEveryAnswerStillEndsThePageOnAHyphenTheParagraphGoesBackToItsFirstSet() {
        List<Line> first = paragraph(2, "first");
        int[] asked = {0};
        List<Page> pages = PagePacker.pack(first, 30, Set.of(), (last, placedBefore, pageStart) -> {
            asked[0]++;
            return paragraph(2, "try" + asked[0]); // another set, its page still ending on a hyphen
        });
        assertThat(asked[0]).as("asked as often as allowed").isEqualTo(PagePacker.MAX_HYPHEN_FIXES);
        assertThat(texts(pages.get(0))).as("the first set, not the last try").containsExactly("first0", "first1", "first2");
        assertThat(texts(pages.get(1))).containsExactly("first3", "first4", "first5");
    }

    @Test
    void anAnswerThatKeepsTheHyphenOffThePageIsKept() {
        List<Line> first = paragraph(2, "first");
        List<Line> fixed = paragraph(-1, "fixed");
        List<Page> pages = PagePacker.pack(first, 30, Set.of(), (last, placedBefore, pageStart) -> fixed);
        assertThat(texts(pages.get(0))).containsExactly("fixed0", "fixed1", "fixed2");
    }

    @Test
    void anAnswerOfNothingLeavesThePageAsItWas() {
        List<Line> first = paragraph(2, "first");
        List<Page> pages = PagePacker.pack(first, 30, Set.of(), (last, placedBefore, pageStart) -> null);
        assertThat(texts(pages.get(0))).containsExactly("first0", "first1", "first2");
    }
}
