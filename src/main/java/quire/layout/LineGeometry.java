package quire.layout;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import quire.place.Anchor;
import quire.place.TextRange;

/**
 * Where the characters of a laid-out page are, and the inverse: which character is under a point. It
 * works from the engine's own runs and the same {@link TextMeasurer} that set them, so a range is drawn
 * exactly behind its letters, on any line of any page, justified or not. Positions snap to whole
 * characters (grapheme clusters). Coordinates are those of the page's content box, as {@link Line}'s.
 *
 * <p>A word space that a justified line stretches belongs to no run; an offset inside it is placed at the
 * end of the word before it. Trailing spaces and a hard break at a line's end take no room.
 */
public final class LineGeometry {

    /** A rectangle behind some text of one line, in content-box coordinates. */
    public record Box(double x, double y, double width, double height) {
    }

    private LineGeometry() {
    }

    /** The x of the boundary just before the character at {@code offset} of the line's block. */
    public static double xOf(Line line, int offset, TextMeasurer measurer) {
        List<Run> runs = line.runs();
        if (runs.isEmpty()) {
            return 0;
        }
        Run previous = null;
        for (Run run : runs) {
            if (offset < run.start()) {
                return previous == null ? run.x() : rightEdge(previous, measurer);
            }
            if (offset <= run.end()) {
                return run.x() + run.prefixWidth(offset - run.start(), measurer);
            }
            previous = run;
        }
        return rightEdge(previous, measurer);
    }

    /** The character boundary nearest to {@code x} on the line, as an offset in its block. */
    public static int offsetAt(Line line, double x, TextMeasurer measurer) {
        List<Run> runs = line.runs();
        if (runs.isEmpty()) {
            return line.start();
        }
        if (x <= runs.get(0).x()) {
            return runs.get(0).start();
        }
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            double right = rightEdge(run, measurer);
            if (x <= right) {
                return nearestBoundary(run, x, measurer);
            }
            boolean inGapBefore = i + 1 < runs.size() && x < runs.get(i + 1).x();
            if (inGapBefore) {
                return x - right <= runs.get(i + 1).x() - x ? run.end() : runs.get(i + 1).start();
            }
        }
        return runs.get(runs.size() - 1).end();
    }

    /**
     * The place under {@code (x, y)} on {@code page}: on the line whose box holds {@code y} (the nearest
     * line when the point is in a gap between lines), at the boundary nearest {@code x}. Above the first
     * line is the page's first character, below the last line the end of its last line.
     */
    public static Anchor anchorAt(Page page, double x, double y, TextMeasurer measurer) {
        List<Line> lines = page.lines();
        Line first = lines.get(0);
        if (y < first.top()) {
            return first.anchor();
        }
        Line last = lines.get(lines.size() - 1);
        if (y >= last.top() + last.height()) {
            return new Anchor(last.block(), lastDrawnOffset(last));
        }
        return new Anchor(lineAt(page, y).block(), offsetAt(lineAt(page, y), x, measurer));
    }

    /** True when {@code (x, y)} is over a line's drawn text (not a margin or the space between lines). */
    public static boolean isOverText(Page page, double x, double y, TextMeasurer measurer) {
        for (Line line : page.lines()) {
            if (y >= line.top() && y < line.top() + line.height() && !line.runs().isEmpty()) {
                double left = line.runs().get(0).x();
                double right = rightEdge(line.runs().get(line.runs().size() - 1), measurer);
                return x >= left && x <= right;
            }
        }
        return false;
    }

    /** The boxes behind the characters of {@code range} on {@code page}, one per line it touches. */
    public static List<Box> boxes(Page page, TextRange range, TextMeasurer measurer) {
        List<Box> boxes = new ArrayList<>();
        if (range.isEmpty()) {
            return boxes;
        }
        for (Line line : page.lines()) {
            int lineEnd = Math.max(line.end(), line.start() + 1); // an empty line still shows it is selected
            if (!range.touches(line.block(), line.start(), lineEnd)) {
                continue;
            }
            Anchor from = range.start().compareTo(line.anchor()) > 0 ? range.start() : line.anchor();
            boolean runsOn = range.end().compareTo(new Anchor(line.block(), line.end())) >= 0;
            double x0 = xOf(line, from.offset(), measurer);
            double x1 = runsOn ? lineRight(line, measurer) : xOf(line, range.end().offset(), measurer);
            if (runsOn && line.hyphenated() && !line.decorations().isEmpty()) {
                x1 = rightEdge(line.decorations().get(line.decorations().size() - 1), measurer); // the drawn hyphen too
            }
            if (runsOn && x1 - x0 < 1) {
                x1 = x0 + spaceWidth(line, measurer); // a selected line end or empty line shows as a sliver
            }
            if (x1 > x0) {
                boxes.add(new Box(x0, line.top(), x1 - x0, line.height()));
            }
        }
        return boxes;
    }

    private static Line lineAt(Page page, double y) {
        List<Line> lines = page.lines();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (y < line.top() + line.height()) {
                if (y >= line.top() || i == 0) {
                    return line;
                }
                Line above = lines.get(i - 1);
                return y - (above.top() + above.height()) < line.top() - y ? above : line;
            }
        }
        return lines.get(lines.size() - 1);
    }

    private static int nearestBoundary(Run run, double x, TextMeasurer measurer) {
        List<Integer> boundaries = characterBoundaries(run.text());
        int low = 0;
        int high = boundaries.size() - 1;
        // The last boundary whose x is at or left of the point; prefix widths grow with length.
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (run.x() + prefixWidth(run, boundaries.get(mid), measurer) <= x) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        int before = boundaries.get(low);
        if (low + 1 < boundaries.size()) {
            int after = boundaries.get(low + 1);
            double xBefore = run.x() + prefixWidth(run, before, measurer);
            double xAfter = run.x() + prefixWidth(run, after, measurer);
            if (xAfter - x < x - xBefore) {
                return run.start() + after;
            }
        }
        return run.start() + before;
    }

    private static double prefixWidth(Run run, int length, TextMeasurer measurer) {
        return run.prefixWidth(length, measurer);
    }

    private static List<Integer> characterBoundaries(String text) {
        List<Integer> boundaries = new ArrayList<>(text.length() + 1);
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        for (int b = characters.first(); b != BreakIterator.DONE; b = characters.next()) {
            boundaries.add(b);
        }
        return boundaries;
    }

    private static int lastDrawnOffset(Line line) {
        return line.runs().isEmpty() ? line.start() : line.runs().get(line.runs().size() - 1).end();
    }

    private static double lineRight(Line line, TextMeasurer measurer) {
        return line.runs().isEmpty() ? 0 : rightEdge(line.runs().get(line.runs().size() - 1), measurer);
    }

    private static double rightEdge(Run run, TextMeasurer measurer) {
        return run.x() + run.width(measurer);
    }

    private static double spaceWidth(Line line, TextMeasurer measurer) {
        return line.runs().isEmpty() ? 4 : measurer.width(" ", line.runs().get(0).font());
    }
}
