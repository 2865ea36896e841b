package quire.layout;

import java.util.List;
import quire.place.Anchor;

/**
 * A story's lines in reading order, each line's box (height, space above, first character) at hand
 * without setting its runs: what a {@link ScrollColumn} stacks. {@link #line(int)} gives the line as set.
 */
interface LineSequence {
    int size();

    Line line(int index);

    double height(int index);

    double spaceBefore(int index);

    Anchor anchor(int index);

    /** Lines already set, such as a preview's. */
    static LineSequence of(List<Line> lines) {
        return new LineSequence() {
            @Override
            public int size() {
                return lines.size();
            }

            @Override
            public Line line(int index) {
                return lines.get(index);
            }

            @Override
            public double height(int index) {
                return lines.get(index).height();
            }

            @Override
            public double spaceBefore(int index) {
                return lines.get(index).spaceBefore();
            }

            @Override
            public Anchor anchor(int index) {
                return lines.get(index).anchor();
            }
        };
    }
}
