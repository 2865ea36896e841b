package quire.ui.page;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.shape.Rectangle;
import quire.layout.Run;
import quire.ui.FxTextMeasurer;

/**
 * The underline and strike-through strokes of one line, at the offsets and thickness of the font's own
 * (see {@link FxTextMeasurer#strokes}). An underlined phrase on a justified line is a run per word; its
 * stroke runs on under the word spaces between them, as a printed underline does, and breaks only where
 * the underlining, the font size or the baseline changes.
 */
final class TextStrokes {
    static final String STYLE_CLASS = "page-stroke";

    private TextStrokes() {
    }

    /** The strokes of {@code runs}, in page coordinates: content box at {@code left}, baseline at {@code baseline}. */
    static List<Rectangle> of(List<Run> runs, double left, double baseline, FxTextMeasurer fonts) {
        List<Rectangle> strokes = new ArrayList<>();
        add(runs, true, left, baseline, fonts, strokes);
        add(runs, false, left, baseline, fonts, strokes);
        return strokes;
    }

    private static void add(List<Run> runs, boolean underline, double left, double baseline, FxTextMeasurer fonts,
                            List<Rectangle> out) {
        int i = 0;
        while (i < runs.size()) {
            Run first = runs.get(i);
            if (!carries(first, underline)) {
                i++;
                continue;
            }
            Run last = first;
            int next = i + 1;
            while (next < runs.size() && continues(last, runs.get(next), underline)) {
                last = runs.get(next++);
            }
            FxTextMeasurer.Strokes font = fonts.strokes(first.font());
            double top = baseline + first.shift() + (underline ? font.underlineTop() : font.strikeTop());
            double thickness = underline ? font.underlineThickness() : font.strikeThickness();
            double x = left + first.x();
            Rectangle stroke = new Rectangle(x, top, left + last.x() + last.width(fonts) - x, thickness);
            stroke.getStyleClass().add(STYLE_CLASS);
            out.add(stroke);
            i = next;
        }
    }

    private static boolean carries(Run run, boolean underline) {
        return run.isText() && (underline ? run.isUnderlined() : run.isStruckThrough());
    }

    /** True when {@code next} carries the same stroke on from {@code run}, with at most a word space between. */
    private static boolean continues(Run run, Run next, boolean underline) {
        return carries(next, underline) && next.start() <= run.end() + 1 && next.shift() == run.shift()
                && next.font().size() == run.font().size();
    }
}
