package quire.ui.page;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import quire.layout.LineGeometry;
import quire.layout.Page;
import quire.layout.PageSpec;
import quire.layout.PictureBox;
import quire.layout.Run;
import quire.place.Anchor;
import quire.place.TextRange;
import quire.text.PageText;
import quire.ui.FxTextMeasurer;
import quire.ui.RangeKind;
import quire.ui.RangeLayers;

/**
 * Draws one page exactly as the engine laid it out: one {@link Text} per run at the run's position,
 * never wrapped by JavaFX. Behind the text, the {@link RangeLayers}' ranges that touch this page (search
 * matches, the selection) as rectangles from {@link LineGeometry}; they are redrawn alone when only the
 * ranges change. Colours come from the stylesheet, so themes restyle the page without a relayout. It
 * also answers which character is under a point, for the mouse.
 */
public final class PageView extends Region {
    private final FxTextMeasurer fonts;
    private final RangeLayers ranges;
    private final Group rangeLayer = new Group();
    private final Group textLayer = new Group();
    private final List<String> blockTexts;
    private final Pictures pictures;
    private Page page;
    private PageSpec spec;
    private PageText pageText;
    /** The lines a screen reader reads, {@code [first, last]}: all of the page, or Scroll mode's lines in view. */
    private int readFirst;
    private int readLast = -1;

    /** {@code blockTexts}: the story's blocks, for the page's text as screen readers read it. */
    public PageView(FxTextMeasurer fonts, RangeLayers ranges, List<String> blockTexts) {
        this(fonts, ranges, blockTexts, new Pictures(java.util.Map.of()));
    }

    /** As the other, drawing picture blocks' {@code pictures}. */
    public PageView(FxTextMeasurer fonts, RangeLayers ranges, List<String> blockTexts, Pictures pictures) {
        this.fonts = fonts;
        this.ranges = ranges;
        this.blockTexts = blockTexts;
        this.pictures = pictures;
        getStyleClass().add("page");
        // To screen readers the page is a text object whose text is the page's, as Copy gives it.
        setAccessibleRole(AccessibleRole.TEXT_AREA);
        setFocusTraversable(false);
        rangeLayer.setManaged(false);
        textLayer.setManaged(false);
        rangeLayer.setMouseTransparent(true);
        textLayer.setMouseTransparent(true);
        getChildren().addAll(rangeLayer, textLayer);
    }

    public void show(Page newPage, PageSpec newSpec) {
        show(newPage, newSpec, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** Shows {@code newPage}, of which screen readers read the lines in {@code [readFromY, readToY)} ({@link #readOnly}). */
    public void show(Page newPage, PageSpec newSpec, double readFromY, double readToY) {
        page = newPage;
        spec = newSpec;
        textLayer.getChildren().clear();
        double left = spec.margins().left();
        double top = spec.margins().top();
        for (quire.layout.Line line : page.lines()) {
            double baseline = top + line.baseline();
            if (line.kind() == quire.layout.Line.Kind.SCENE_BREAK && isRuleMarker(line.drawnText())) {
                drawRule(left, spec.contentWidth(), top + line.top() + line.height() / 2, spec);
                continue;
            }
            if (line.kind() == quire.layout.Line.Kind.IMAGE) {
                drawPicture(line, left, top);
                continue;
            }
            for (Run run : line.runs()) {
                if (run.isTracked()) {
                    addLetters(run, left, baseline);
                } else {
                    textLayer.getChildren().add(text(run, left, baseline, "page-text"));
                }
            }
            textLayer.getChildren().addAll(TextStrokes.of(line.runs(), left, baseline, fonts));
            for (Run mark : line.decorations()) {
                // The hyphen of a broken word reads as part of the word: text colour, not a bullet's.
                boolean hyphen = line.hyphenated() && mark == line.decorations().get(line.decorations().size() - 1);
                textLayer.getChildren().add(text(mark, left, baseline, hyphen ? "page-text" : "page-decoration"));
            }
        }
        setMinSize(spec.width(), spec.height());
        setPrefSize(spec.width(), spec.height());
        setMaxSize(spec.width(), spec.height());
        readLast = -1;
        readOnly(readFromY, readToY);
        showRanges();
    }

    private void drawPicture(quire.layout.Line line, double left, double top) {
        pictures.at(line.block()).ifPresent(picture -> {
            PictureBox box = PictureBox.of(line, picture);
            double scale = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX() : 1;
            textLayer.getChildren().add(pictures.view(picture, blockTexts.get(line.block()), box, left, top, scale));
            List<Run> marks = line.decorations();
            for (int i = 0; i < marks.size() - 1; i++) { // a list item's bullet; the last one only marks the edge
                textLayer.getChildren().add(text(marks.get(i), left, top + line.baseline(), "page-decoration"));
            }
        });
    }

    /**
     * Screen readers read only the lines at least half inside {@code [fromY, toY)} of this view (Scroll
     * mode's viewport over the lines drawn near it); infinite bounds for the whole page. A change of those
     * lines changes the page's accessible text, which the bridge sends as the text changed.
     */
    public void readOnly(double fromY, double toY) {
        if (page == null || page.lines().isEmpty()) {
            pageText = null;
            readLast = -1;
            setAccessibleText("");
            return;
        }
        int first = -1;
        int last = -1;
        List<quire.layout.Line> lines = page.lines();
        for (int i = 0; i < lines.size(); i++) {
            double middle = spec.margins().top() + lines.get(i).top() + lines.get(i).height() / 2;
            if (middle >= fromY && middle < toY) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) { // between two lines, or a view too short for any: the line nearest its top
            first = last = nearestLine(fromY);
        }
        if (first == readFirst && last == readLast && pageText != null) {
            return;
        }
        readFirst = first;
        readLast = last;
        pageText = PageText.of(blockTexts, readRange());
        setAccessibleText(pageText.text());
    }

    private int nearestLine(double y) {
        List<quire.layout.Line> lines = page.lines();
        int nearest = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (spec.margins().top() + lines.get(i).top() <= y) {
                nearest = i;
            }
        }
        return nearest;
    }

    private TextRange pageRange() {
        quire.layout.Line last = page.lines().get(page.lines().size() - 1);
        return new TextRange(page.start(), new Anchor(last.block(), last.end()));
    }

    /** The range a screen reader reads: the page's, or the lines in view. */
    private TextRange readRange() {
        return new TextRange(readFirst == 0 ? page.start() : page.lines().get(readFirst).anchor(),
                new Anchor(page.lines().get(readLast).block(), page.lines().get(readLast).end()));
    }

    /**
     * The page as a text object ({@link PageAccess}): where its characters are, which is under a
     * point, the selection, and the caret at the reading place (the page's start) or the selection's end.
     */
    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (pageText == null) {
            return super.queryAccessibleAttribute(attribute, parameters);
        }
        PageAccess access = new PageAccess(page, spec, pageText, fonts);
        switch (attribute) {
            case TEXT:
                return pageText.text();
            case BOUNDS_FOR_RANGE:
                return access.screenBounds(this, (Integer) parameters[0], (Integer) parameters[1]);
            case OFFSET_AT_POINT:
                Point2D local = screenToLocal((Point2D) parameters[0]);
                return local == null ? 0 : access.offsetAt(local.getX(), local.getY());
            case SELECTION_START:
                return access.selection(ranges.between(RangeKind.SELECTION, readRange().start(), readRange().end()))[0];
            case SELECTION_END:
            case CARET_OFFSET:
                return access.selection(ranges.between(RangeKind.SELECTION, readRange().start(), readRange().end()))[1];
            default:
                return super.queryAccessibleAttribute(attribute, parameters);
        }
    }

    /** Redraws the ranges behind the text of the page shown, in {@link RangeKind} order. */
    public void showRanges() {
        rangeLayer.getChildren().clear();
        if (page == null) {
            return;
        }
        Anchor from = page.start();
        Anchor to = pageRange().end();
        for (RangeKind kind : RangeKind.values()) {
            for (TextRange range : ranges.between(kind, from, to)) {
                for (LineGeometry.Box box : LineGeometry.boxes(page, range, fonts)) {
                    Rectangle r = new Rectangle(spec.margins().left() + box.x(), spec.margins().top() + box.y(),
                            box.width(), box.height());
                    r.getStyleClass().add(kind.styleClass());
                    rangeLayer.getChildren().add(r);
                }
            }
        }
    }

    /** The place nearest to the point {@code (x, y)} in this view's coordinates. */
    public Optional<Anchor> anchorAt(double x, double y) {
        if (page == null) {
            return Optional.empty();
        }
        return Optional.of(LineGeometry.anchorAt(page, x - spec.margins().left(), y - spec.margins().top(), fonts));
    }

    /** True when the point is over drawn text (the mouse pointer becomes an I-beam there). */
    public boolean isOverText(double x, double y) {
        return page != null && LineGeometry.isOverText(page, x - spec.margins().left(), y - spec.margins().top(), fonts);
    }

    private Text text(Run run, double left, double lineBaseline, String styleClass) {
        return text(run.text(), run, left + run.x(), lineBaseline, styleClass);
    }

    /**
     * Some of a run's text at {@code x}, its glyphs drawn as wide as the run's expansion says, raised or
     * lowered off the line's baseline when it is a superscript or subscript.
     */
    private Text text(String letters, Run run, double x, double lineBaseline, String styleClass) {
        double baseline = lineBaseline + run.shift();
        Text text = new Text(x, baseline, letters);
        text.setFont(fonts.font(run.font()));
        text.setTextOrigin(VPos.BASELINE);
        text.getStyleClass().add(styleClass);
        if (run.isExpanded()) {
            text.getTransforms().add(new Scale(run.scale(), 1, x, baseline));
        }
        return text;
    }

    /**
     * A letter-spaced run, one character at a time (its characters are single glyphs: see {@link Run}),
     * kept together in a group of style class {@code page-letters} that reads as the run's text.
     */
    private void addLetters(Run run, double left, double baseline) {
        String letters = run.text();
        Group word = new Group();
        word.getStyleClass().add("page-letters");
        word.setAccessibleText(letters);
        for (int i = 0; i < letters.length(); i++) {
            double x = left + run.x() + run.prefixWidth(i, fonts);
            word.getChildren().add(text(letters.substring(i, i + 1), run, x, baseline, "page-text"));
        }
        textLayer.getChildren().add(word);
    }

    /** A Markdown rule ("---", "___") is markup, not the author's words: it is drawn as a short line. */
    private void drawRule(double left, double width, double y, PageSpec spec) {
        double half = Math.min(width / 4, spec.typography().fontSize() * 3);
        Line rule = new Line(left + width / 2 - half, y, left + width / 2 + half, y);
        rule.getStyleClass().add("page-rule");
        textLayer.getChildren().add(rule);
    }

    private static boolean isRuleMarker(String marker) {
        return marker.matches("[-_ ]{3,}");
    }
}
