package quire.layout;

import java.util.List;
import quire.place.Anchor;

/**
 * One laid-out line. It covers the characters {@code [start, end)} of leaf block {@code block}
 * (trailing spaces and a hard break included, though not drawn). {@code top} and {@code baseline} are
 * measured from the top of the page's content box once the line is placed on a page.
 *
 * @param spaceBefore extra space above the line when it does not open a page (paragraph and heading gaps)
 * @param runs        the story's text, exactly as the view must draw it
 * @param decorations marks that are not story text, such as a list item's bullet or the hyphen drawn
 *                    after a word broken across lines
 * @param hyphenated  the line ends inside a word and draws a hyphen (a decoration) after its last run
 * @param hangStart   how far the line's first mark hangs into the left margin, as the breaker chose
 * @param hangEnd     how far its last mark hangs into the right margin
 * @param letterSpaced whether the breaker counted on letter spacing to fill it; with the two hangs, what
 *                    setting the line again from its range needs (a long story keeps far pages as ranges)
 */
public record Line(int block, int start, int end, Kind kind, boolean firstOfBlock, boolean lastOfBlock,
                   double spaceBefore, double top, double height, double baseline,
                   List<Run> runs, List<Run> decorations, boolean hyphenated,
                   double hangStart, double hangEnd, boolean letterSpaced) {

    /**
     * {@code IMAGE}: a picture's line, as tall as the picture is drawn, with no runs; its one decoration
     * (empty text) sits at the picture's left edge, and {@link PictureBox} gives the picture's box.
     */
    public enum Kind { TEXT, HEADING, SCENE_BREAK, PREFORMATTED, IMAGE }

    public Line {
        runs = runs instanceof PackedRuns ? runs : List.copyOf(runs); // packed runs are immutable already
        decorations = List.copyOf(decorations);
    }

    /** A line set with no hanging marks and no letter spacing. */
    public Line(int block, int start, int end, Kind kind, boolean firstOfBlock, boolean lastOfBlock,
                double spaceBefore, double top, double height, double baseline,
                List<Run> runs, List<Run> decorations, boolean hyphenated) {
        this(block, start, end, kind, firstOfBlock, lastOfBlock, spaceBefore, top, height, baseline, runs,
                decorations, hyphenated, 0, 0, false);
    }

    /** The breaker's range for this line: what {@link BlockTypesetter#line} sets it from. */
    LineRange range() {
        return new LineRange(start, end, hyphenated, hangStart, hangEnd, letterSpaced);
    }

    public Anchor anchor() {
        return new Anchor(block, start);
    }

    Line placedAt(double newTop) {
        return new Line(block, start, end, kind, firstOfBlock, lastOfBlock, spaceBefore, newTop, height,
                newTop + (baseline - top), runs, decorations, hyphenated, hangStart, hangEnd, letterSpaced);
    }

    /** The text that is drawn, runs joined (spaces a justified line stretches are not runs). */
    public String drawnText() {
        StringBuilder s = new StringBuilder();
        runs.forEach(run -> s.append(run.text()));
        return s.toString();
    }
}
