package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import quire.testing.Gen;
import quire.testing.Property;

/**
 * The stored pages' measures come back as they were set, to the bit, whether the column keeps codes
 * (few distinct values, as a story's line heights are) or had to keep every double.
 */
class DoubleColumnTest {
    /** Values a page's measures take, and the ones a table of bits could confuse. */
    private static final double[] POOL = {0.0, -0.0, 30.0, 30.000000000000004, 29.999999999999996, 12.5,
        Double.NaN, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, Double.POSITIVE_INFINITY, 1e-300,
        Double.longBitsToDouble(0x7ff8000000000001L), 718.75, 745.3125};

    @Test
    void everyRowReadsBackTheValueSetToTheBit() {
        Gen<List<Integer>> picks = Gen.lists(Gen.ints(0, POOL.length - 1 + 40), 0, 400);
        Property.forAll("everyRowReadsBackTheValueSetToTheBit", 300, picks, rows -> {
            DoubleColumn column = new DoubleColumn(rows.size());
            for (int row = 0; row < rows.size(); row++) {
                column.set(row, value(rows.get(row)));
            }
            column.seal();
            assertThat(column.size()).isEqualTo(rows.size());
            assertThat(column.coded()).isTrue();
            for (int row = 0; row < rows.size(); row++) {
                assertThat(Double.doubleToRawLongBits(column.get(row)))
                        .as("row %d", row).isEqualTo(Double.doubleToRawLongBits(value(rows.get(row))));
            }
        });
    }

    /** A pool pick, or past the pool one of 40 tops of lines on a page (multiples of a line height). */
    private static double value(int pick) {
        return pick < POOL.length ? POOL[pick] : (pick - POOL.length) * 30.2 + 0.1;
    }

    @Test
    void moreDistinctValuesThanCodesAreAllKept() {
        int rows = 100_000;
        DoubleColumn column = new DoubleColumn(rows);
        for (int row = 0; row < rows; row++) {
            column.set(row, row % 3 == 0 ? 30.0 : row * 0.37);
        }
        column.seal();
        assertThat(column.coded()).as("past 65,536 distinct values").isFalse();
        for (int row = 0; row < rows; row++) {
            assertThat(column.get(row)).isEqualTo(row % 3 == 0 ? 30.0 : row * 0.37);
        }
    }

    @Test
    void exactlyAsManyDistinctValuesAsCodesStayCoded() {
        int rows = 1 << 16;
        DoubleColumn column = new DoubleColumn(rows);
        for (int row = rows - 1; row >= 0; row--) {
            column.set(row, -row);
        }
        column.seal();
        assertThat(column.coded()).isTrue();
        assertThat(column.get(0)).isEqualTo(0.0);
        assertThat(column.get(rows - 1)).isEqualTo(-(rows - 1.0));
    }
}
