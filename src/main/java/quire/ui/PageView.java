package quire.ui;

import javafx.geometry.VPos;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import quire.layout.Page;
import quire.layout.PageSpec;
import quire.layout.Run;

/**
 * Draws one page exactly as the engine laid it out: one {@link Text} per run at the run's position,
 * never wrapped by JavaFX. Colours come from the stylesheet (style classes {@code page-text} and
 * {@code page-decoration}), so themes restyle the page without a relayout.
 */
final class PageView extends Region {
    private final FxTextMeasurer fonts;

    PageView(FxTextMeasurer fonts) {
        this.fonts = fonts;
        getStyleClass().add("page");
        setFocusTraversable(false);
    }

    void show(Page page, PageSpec spec) {
        getChildren().clear();
        double left = spec.margins().left();
        double top = spec.margins().top();
        for (quire.layout.Line line : page.lines()) {
            double baseline = top + line.baseline();
            if (line.kind() == quire.layout.Line.Kind.SCENE_BREAK && isRuleMarker(line.drawnText())) {
                drawRule(left, spec.contentWidth(), top + line.top() + line.height() / 2, spec);
                continue;
            }
            for (Run run : line.runs()) {
                getChildren().add(text(run, left, baseline, "page-text"));
            }
            for (Run mark : line.decorations()) {
                // The hyphen of a broken word reads as part of the word: text colour, not a bullet's.
                boolean hyphen = line.hyphenated() && mark == line.decorations().get(line.decorations().size() - 1);
                getChildren().add(text(mark, left, baseline, hyphen ? "page-text" : "page-decoration"));
            }
        }
        setMinSize(spec.width(), spec.height());
        setPrefSize(spec.width(), spec.height());
        setMaxSize(spec.width(), spec.height());
    }

    private Text text(Run run, double left, double baseline, String styleClass) {
        Text text = new Text(left + run.x(), baseline, run.text());
        text.setFont(fonts.font(run.font()));
        text.setTextOrigin(VPos.BASELINE);
        text.getStyleClass().add(styleClass);
        return text;
    }

    /** A Markdown rule ("---", "___") is markup, not the author's words: it is drawn as a short line. */
    private void drawRule(double left, double width, double y, PageSpec spec) {
        double half = Math.min(width / 4, spec.typography().fontSize() * 3);
        Line rule = new Line(left + width / 2 - half, y, left + width / 2 + half, y);
        rule.getStyleClass().add("page-rule");
        getChildren().add(rule);
    }

    private static boolean isRuleMarker(String marker) {
        return marker.matches("[-_ ]{3,}");
    }
}
