package quire.ui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import quire.layout.FontSpec;
import quire.layout.LineMetrics;
import quire.layout.TextMeasurer;

/**
 * Measures text with JavaFX's own fonts through an off-screen {@link Text}, the same node kind the page
 * view draws with, so measured and drawn widths agree. Widths of short strings (words and word
 * pieces) are cached per font, since a story repeats its words; whole lines are measured but not kept, and
 * the cache is emptied when it grows past {@link #MAX_CACHED}, so memory stays bounded however long the
 * reader resizes or changes fonts. Not thread-safe: use one instance per thread. The probe is never in a
 * scene, so JavaFX allows measuring on any thread; {@link #forAnotherThread()} gives a helper thread its
 * own instance, which measures the same widths (JavaFX's text layout cache is shared and immutable once
 * filled).
 */
public final class FxTextMeasurer implements TextMeasurer {
    static final int MAX_CACHED_LENGTH = 32;
    static final int MAX_CACHED = 200_000;

    private final Text probe = new Text();
    private int cached;
    private final Map<FontSpec, Font> fonts = new HashMap<>();
    private final Map<FontSpec, WordWidths> widths = new HashMap<>();
    /** The fonts whose widths were asked for since {@link #forgetFontsUnused()} last ran. */
    private final Set<FontSpec> used = new HashSet<>();
    /** The font asked for last and its widths: most asks are for the font of the one before. */
    private FontSpec lastSpec;
    private WordWidths lastWidths;
    private final Map<FontSpec, LineMetrics> metrics = new HashMap<>();
    private final Map<FontSpec, Strokes> strokes = new HashMap<>();

    /**
     * Where a font's underline and strike-through lie, from the font's own tables as JavaFX reads them:
     * the top of each stroke below the baseline (negative above it) and its thickness, in pixels.
     */
    public record Strokes(double underlineTop, double underlineThickness, double strikeTop, double strikeThickness) {
    }

    /** The JavaFX font for a spec; a family that is not installed falls back to JavaFX's default face. */
    public Font font(FontSpec spec) {
        return fonts.computeIfAbsent(spec, s -> Font.font(s.family(),
                s.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                s.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, s.size()));
    }

    @Override
    public double width(String text, FontSpec spec) {
        if (text.length() > MAX_CACHED_LENGTH) {
            return measure(text, spec);
        }
        double known = widthsOf(spec).get(text);
        if (!Double.isNaN(known)) {
            return known;
        }
        return remember(text.toCharArray(), 0, text.length(), text, spec);
    }

    /** As {@link #width(String, FontSpec)}, looked up straight from the characters: no substring for a known word. */
    @Override
    public double width(char[] chars, int from, int to, FontSpec spec) {
        if (to - from > MAX_CACHED_LENGTH) {
            return measure(new String(chars, from, to - from), spec);
        }
        double known = widthsOf(spec).get(chars, from, to);
        if (!Double.isNaN(known)) {
            return known;
        }
        return remember(chars, from, to, new String(chars, from, to - from), spec);
    }

    private WordWidths widthsOf(FontSpec spec) {
        if (spec == lastSpec) { // a line's words come in one font, mostly
            return lastWidths;
        }
        WordWidths cache = widths.computeIfAbsent(spec, s -> new WordWidths());
        used.add(spec);
        lastSpec = spec; // the same font made again (each block makes its own) is found at once next time
        lastWidths = cache;
        return cache;
    }

    private double remember(char[] chars, int from, int to, String text, FontSpec spec) {
        double width = measure(text, spec);
        if (++cached > MAX_CACHED) {
            widths.clear();
            lastSpec = null;
            cached = 1;
        }
        widthsOf(spec).put(chars, from, to, width);
        return width;
    }

    /**
     * Forgets the word widths of every font not asked for since the last call: after a font change and
     * its count, the old size's words (about 3 MB a font for a 16 MB story) are no longer kept. A font
     * asked for again is measured again, to the same widths.
     */
    public void forgetFontsUnused() {
        widths.keySet().retainAll(used);
        used.clear();
        lastSpec = null;
        lastWidths = null;
        cached = widths.values().stream().mapToInt(WordWidths::size).sum();
    }

    /** How many fonts' word widths are kept (tests). */
    int fontsKept() {
        return widths.size();
    }

    private double measure(String text, FontSpec spec) {
        probe.setFont(font(spec));
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    @Override
    public TextMeasurer forAnotherThread() {
        return new FxTextMeasurer();
    }

    @Override
    public LineMetrics metrics(FontSpec spec) {
        return metrics.computeIfAbsent(spec, s -> {
            probe.setFont(font(s));
            probe.setText("Xg");
            double ascent = probe.getBaselineOffset();
            return new LineMetrics(ascent, probe.getLayoutBounds().getHeight() - ascent);
        });
    }

    /** The font's underline and strike-through strokes (JavaFX draws a {@link Text}'s at the same place). */
    public Strokes strokes(FontSpec spec) {
        return strokes.computeIfAbsent(spec, s -> {
            Text stroked = new Text("  ");
            stroked.setFont(font(s));
            stroked.setTextOrigin(VPos.BASELINE);
            stroked.setUnderline(true);
            Bounds under = Shape.union(stroked, new Rectangle(0, 0, 0, 0)).getLayoutBounds();
            stroked.setUnderline(false);
            stroked.setStrikethrough(true);
            Bounds strike = Shape.union(stroked, new Rectangle(0, 0, 0, 0)).getLayoutBounds();
            return new Strokes(under.getMinY(), Math.max(1, under.getHeight()), strike.getMinY(),
                    Math.max(1, strike.getHeight()));
        });
    }
}
