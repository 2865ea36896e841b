package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import quire.place.Anchor;

/** The scroll column: the pages' own lines stacked, and the arithmetic of a viewport moving down it. */
class ScrollColumnTest {
    private static final TextMeasurer MEASURER = new FixedWidthMeasurer();
    private static final PageSpec SPEC = new PageSpec(600, 400, new PageSpec.Margins(30, 40, 30, 40),
            Typography.DEFAULT.withFontSize(20));
    private static final Pagination PAGES = Paginator.paginate(StoryGenerator.story(30_000), SPEC, MEASURER);
    private static final ScrollColumn COLUMN = ScrollColumn.of(PAGES);
    private static final double VIEWPORT = 400;

    @Test
    void theColumnHoldsEveryLineOfThePagesInOrderWithTheirGaps() {
        List<Line> lines = new ArrayList<>();
        PAGES.pages().forEach(page -> lines.addAll(page.lines()));
        assertThat(COLUMN.lineCount()).isEqualTo(lines.size());
        assertThat(COLUMN.top(0)).isEqualTo(SPEC.margins().top());
        for (int i = 0; i < lines.size(); i++) {
            assertThat(COLUMN.line(i)).as("the pages' own line: same breaks, same runs").isEqualTo(lines.get(i));
            if (i > 0) {
                assertThat(COLUMN.top(i)).isEqualTo(COLUMN.bottom(i - 1) + lines.get(i).spaceBefore());
            }
        }
        assertThat(COLUMN.height()).isEqualTo(COLUMN.bottom(lines.size() - 1) + SPEC.margins().bottom());
    }

    @Test
    void anAnchorFindsItsLineAndThatLineComesBackAsTheReadingLine() {
        for (int i = 0; i < COLUMN.lineCount(); i += 7) {
            Line line = COLUMN.line(i);
            Anchor inside = new Anchor(line.block(), (line.start() + Math.max(line.start(), line.end() - 1)) / 2);
            assertThat(COLUMN.lineIndexOf(line.anchor())).isEqualTo(i);
            assertThat(COLUMN.lineIndexOf(inside)).isEqualTo(i);
            assertThat(COLUMN.readingLine(COLUMN.scrollTopFor(i))).isEqualTo(i);
            assertThat(COLUMN.scrollTopFor(i)).as("the line heads the viewport; the first one with the margin above it")
                    .isEqualTo(i == 0 ? 0 : COLUMN.top(i));
        }
    }

    @Test
    void aYFindsTheLineWhoseBoxHoldsIt() {
        for (int i = 0; i < COLUMN.lineCount(); i += 5) {
            assertThat(COLUMN.lineAt(COLUMN.top(i) + 1)).isEqualTo(i);
            assertThat(COLUMN.lineAt(COLUMN.bottom(i) - 1)).isEqualTo(i);
        }
        assertThat(COLUMN.lineAt(-50)).isZero();
        assertThat(COLUMN.lineAt(COLUMN.height() + 50)).isEqualTo(COLUMN.lineCount() - 1);
        assertThat(COLUMN.readingLine(COLUMN.scrollTopFor(3) + 1)).as("a line scrolled a pixel under the margin is not it")
                .isEqualTo(4);
    }

    @Test
    void aScreenDownKeepsOneLineInSightAndAScreenUpComesBack() {
        double top = COLUMN.scrollTopFor(10);
        double down = COLUMN.screenDown(top, VIEWPORT);
        int reading = COLUMN.readingLine(down);
        assertThat(COLUMN.top(reading)).as("the new reading line was on the old screen").isLessThan(top + VIEWPORT);
        assertThat(COLUMN.bottom(reading)).as("and it was the last line there, cut off or whole")
                .isGreaterThan(top + VIEWPORT - COLUMN.line(reading).height() - COLUMN.line(reading + 1).spaceBefore() - 1);
        assertThat(down - top).as("about a screen, less one line").isBetween(VIEWPORT - 120, VIEWPORT);
        double up = COLUMN.screenUp(down, VIEWPORT);
        assertThat(COLUMN.bottom(reading)).as("the reading line is still on screen after a screen up")
                .isLessThanOrEqualTo(up + VIEWPORT);
        assertThat(COLUMN.bottom(reading)).as("near the bottom: no more than a line's height below it")
                .isGreaterThan(up + VIEWPORT - COLUMN.line(reading - 1).height() - 2 * COLUMN.line(reading).height());
        assertThat(down - up).as("about a screen back, less one line").isBetween(VIEWPORT - 120, VIEWPORT);
        assertThat(COLUMN.readingLine(up)).as("back near where it started").isBetween(10, 12);
    }

    @Test
    void linesStepOneAtATimeAndTheEndsStop() {
        double top = COLUMN.scrollTopFor(20);
        assertThat(COLUMN.readingLine(COLUMN.lineDown(top, VIEWPORT))).isEqualTo(21);
        assertThat(COLUMN.readingLine(COLUMN.lineUp(top, VIEWPORT))).isEqualTo(19);
        assertThat(COLUMN.lineUp(0, VIEWPORT)).isZero();
        double end = COLUMN.maxScrollTop(VIEWPORT);
        assertThat(end).isEqualTo(COLUMN.height() - VIEWPORT);
        assertThat(COLUMN.lineDown(end, VIEWPORT)).isEqualTo(end);
        assertThat(COLUMN.screenDown(end, VIEWPORT)).isEqualTo(end);
        assertThat(COLUMN.clamp(-10, VIEWPORT)).isZero();
    }

    @Test
    void aWindowIsAPageOfTheLinesNearTheViewportPlacedFromItsTop() {
        Page window = COLUMN.window(40, 60, COLUMN.top(40));
        assertThat(window.lines()).hasSize(20);
        for (int i = 0; i < 20; i++) {
            Line placed = window.lines().get(i);
            assertThat(placed.top()).isEqualTo(COLUMN.top(40 + i) - COLUMN.top(40));
            assertThat(placed.runs()).isEqualTo(COLUMN.line(40 + i).runs());
            assertThat(placed.baseline() - placed.top())
                    .isEqualTo(COLUMN.line(40 + i).baseline() - COLUMN.line(40 + i).top());
        }
    }

    @Test
    void aLineThatMayHeadTheEndCanReachTheTopWithBlankRoomBelowTheLastLine() {
        int near = COLUMN.lineCount() - 3;
        Anchor heading = COLUMN.line(near).anchor();
        ScrollColumn room = ScrollColumn.of(PAGES, java.util.Optional.of(heading));
        assertThat(COLUMN.maxScrollTop(VIEWPORT)).as("without it, the column's end stops at the bottom")
                .isLessThan(COLUMN.scrollTopFor(near));
        assertThat(room.maxScrollTop(VIEWPORT)).isEqualTo(room.scrollTopFor(near));
        assertThat(room.readingLine(room.clamp(room.scrollTopFor(near), VIEWPORT))).isEqualTo(near);
        assertThat(room.scrollHeight(VIEWPORT)).isGreaterThan(room.height());
        assertThat(room.lineDown(room.scrollTopFor(near), VIEWPORT)).as("no further").isEqualTo(room.scrollTopFor(near));

        Anchor early = COLUMN.line(5).anchor();
        assertThat(ScrollColumn.of(PAGES, java.util.Optional.of(early)).maxScrollTop(VIEWPORT))
                .as("a line that reaches the top anyway changes nothing").isEqualTo(COLUMN.maxScrollTop(VIEWPORT));
        Anchor midLine = new Anchor(COLUMN.line(near).block(), COLUMN.line(near).start() + 1);
        assertThat(ScrollColumn.of(PAGES, java.util.Optional.of(midLine)).maxScrollTop(VIEWPORT))
                .as("only a line that starts there").isEqualTo(COLUMN.maxScrollTop(VIEWPORT));
    }
}
