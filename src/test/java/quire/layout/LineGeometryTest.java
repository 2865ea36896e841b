package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import quire.place.Anchor;
import quire.place.TextRange;

/** With the fixed-width measurer every character is 10 px wide (20 px font), so positions are exact. */
class LineGeometryTest {
    private static final TextMeasurer MEASURER = new FixedWidthMeasurer();
    private static final FontSpec FONT = new FontSpec("Serif", 20, false, false);

    /** "Hello big world" justified as three runs with stretched gaps. */
    private static Line justified() {
        List<Run> runs = List.of(new Run("Hello", FONT, 0, 0), new Run("big", FONT, 80, 6), new Run("world", FONT, 140, 10));
        return new Line(0, 0, 16, Line.Kind.TEXT, true, false, 0, 0, 30, 24, runs, List.of(), false);
    }

    @Test
    void xOfACharacterIsMeasuredFromItsRun() {
        Line line = justified();
        assertThat(LineGeometry.xOf(line, 0, MEASURER)).isEqualTo(0);
        assertThat(LineGeometry.xOf(line, 2, MEASURER)).isEqualTo(20);
        assertThat(LineGeometry.xOf(line, 7, MEASURER)).isEqualTo(90);
        // The stretched space after "Hello" sits at the end of the word before it.
        assertThat(LineGeometry.xOf(line, 5, MEASURER)).isEqualTo(50);
        assertThat(LineGeometry.xOf(line, 15, MEASURER)).isEqualTo(190);
        assertThat(LineGeometry.xOf(line, 16, MEASURER)).isEqualTo(190);
    }

    @Test
    void theOffsetUnderAPointSnapsToTheNearestCharacterBoundary() {
        Line line = justified();
        assertThat(LineGeometry.offsetAt(line, -30, MEASURER)).isEqualTo(0);
        assertThat(LineGeometry.offsetAt(line, 14, MEASURER)).isEqualTo(1);
        assertThat(LineGeometry.offsetAt(line, 16, MEASURER)).isEqualTo(2);
        assertThat(LineGeometry.offsetAt(line, 55, MEASURER)).isEqualTo(5);
        assertThat(LineGeometry.offsetAt(line, 75, MEASURER)).isEqualTo(6);
        assertThat(LineGeometry.offsetAt(line, 500, MEASURER)).isEqualTo(15);
    }

    @Test
    void aPointIsFoundAgainWhereItsCharacterIsDrawn() {
        Line line = justified();
        for (int offset : new int[] {0, 1, 4, 6, 8, 10, 13, 15}) {
            double x = LineGeometry.xOf(line, offset, MEASURER);
            assertThat(LineGeometry.offsetAt(line, x + 1, MEASURER)).as("offset %d", offset).isEqualTo(offset);
        }
    }

    @Test
    void aRangeAcrossLinesGetsOneBoxPerLineBehindItsLetters() {
        Line first = justified();
        Line second = new Line(0, 16, 25, Line.Kind.TEXT, false, true, 0, 30, 30, 54,
                List.of(new Run("and more.", FONT, 0, 16)), List.of(), false);
        Page page = new Page(0, List.of(first, second));
        List<LineGeometry.Box> boxes = LineGeometry.boxes(page, TextRange.inBlock(0, 7, 19), MEASURER);
        assertThat(boxes).containsExactly(new LineGeometry.Box(90, 0, 100, 30), new LineGeometry.Box(0, 30, 30, 30));
        assertThat(LineGeometry.boxes(page, TextRange.inBlock(1, 0, 5), MEASURER)).isEmpty();
    }

    @Test
    void aRangeThatRunsOnPastAHyphenatedLineEndCoversTheDrawnHyphen() {
        Line broken = new Line(0, 0, 4, Line.Kind.TEXT, true, false, 0, 0, 30, 24,
                List.of(new Run("what", FONT, 0, 0)), List.of(Run.decoration("-", FONT, 40)), true);
        Line rest = new Line(0, 4, 12, Line.Kind.TEXT, false, true, 0, 30, 30, 54,
                List.of(new Run("ever I w", FONT, 0, 4)), List.of(), false);
        Page page = new Page(0, List.of(broken, rest));
        assertThat(LineGeometry.boxes(page, TextRange.inBlock(0, 0, 8), MEASURER))
                .containsExactly(new LineGeometry.Box(0, 0, 50, 30), new LineGeometry.Box(0, 30, 40, 30));
        assertThat(LineGeometry.boxes(page, TextRange.inBlock(0, 1, 3), MEASURER))
                .as("a range ending inside the word does not").containsExactly(new LineGeometry.Box(10, 0, 20, 30));
    }

    @Test
    void pointsBetweenLinesAboveAndBelowFindTheNearestPlace() {
        Line first = justified();
        Line second = new Line(1, 0, 9, Line.Kind.TEXT, true, true, 10, 40, 30, 64,
                List.of(new Run("and more.", FONT, 0, 0)), List.of(), false);
        Page page = new Page(0, List.of(first, second));
        assertThat(LineGeometry.anchorAt(page, 5, -10, MEASURER)).isEqualTo(new Anchor(0, 0));
        assertThat(LineGeometry.anchorAt(page, 0, 32, MEASURER)).isEqualTo(new Anchor(0, 0));
        assertThat(LineGeometry.anchorAt(page, 0, 38, MEASURER)).isEqualTo(new Anchor(1, 0));
        assertThat(LineGeometry.anchorAt(page, 0, 200, MEASURER)).isEqualTo(new Anchor(1, 9));
        assertThat(LineGeometry.isOverText(page, 100, 10, MEASURER)).isTrue();
        assertThat(LineGeometry.isOverText(page, 300, 10, MEASURER)).isFalse();
        assertThat(LineGeometry.isOverText(page, 10, 35, MEASURER)).isFalse();
    }
}
