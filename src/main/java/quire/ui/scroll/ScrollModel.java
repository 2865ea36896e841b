package quire.ui.scroll;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import quire.layout.Chapter;
import quire.layout.Line;
import quire.layout.Pagination;
import quire.layout.ScrollColumn;
import quire.place.Anchor;
import quire.place.TextRange;
import quire.ui.page.ReaderModel;

/**
 * Scroll mode's state: the story as one {@link ScrollColumn} (the reader model's own pages, stacked)
 * and how far down it the viewport's top is, in pixels. The reader's place stays the
 * {@link ReaderModel}'s anchor: scrolling sets it to the reading line's first character, and a new
 * layout (resize, font change, exact pages after a preview) or a jump from elsewhere (contents, search,
 * a mark) puts the anchor's line back on the reading line, without moving the anchor itself; when only
 * more of the same lines arrive (a long story's exact pages, or a new preview), the text stays still
 * to the pixel. While a long story's pages are counted, the column is a preview holding a few screens
 * before the place and after it, made again around the place as the reader nears either of its ends.
 */
public final class ScrollModel {
    private final ReaderModel reader;
    private final ReadOnlyObjectWrapper<ScrollColumn> column = new ReadOnlyObjectWrapper<>(this, "column");
    private final ReadOnlyDoubleWrapper top = new ReadOnlyDoubleWrapper(this, "top");
    private double viewport = 1;
    private boolean active;
    private boolean moving;

    public ScrollModel(ReaderModel reader) {
        this.reader = reader;
        reader.paginationProperty().addListener((o, was, now) -> {
            if (active) {
                rebuild();
            }
        });
        reader.anchorProperty().addListener((o, was, now) -> {
            if (active && !moving) {
                showAnchor();
            }
        });
    }

    public ReadOnlyObjectProperty<ScrollColumn> columnProperty() {
        return column.getReadOnlyProperty();
    }

    /** How far the viewport's top is below the column's top, in pixels. */
    public ReadOnlyDoubleProperty topProperty() {
        return top.getReadOnlyProperty();
    }

    public double viewport() {
        return viewport;
    }

    public boolean active() {
        return active;
    }

    /** Scroll mode on (the column is made from the reader's pages, around its anchor) or off. */
    public void setActive(boolean on) {
        if (on == active) {
            return;
        }
        active = on;
        reader.setScrollMode(on);
        if (on) {
            rebuild();
        } else {
            column.set(null);
        }
    }

    /** The viewport's height; when it changes, the anchor's line is put back on the reading line. */
    public void setViewport(double height) {
        double was = viewport;
        viewport = Math.max(1, height);
        if (viewport != was && active && column.get() != null) {
            showAnchor();
        }
    }

    // ---- commands ----

    /** Scrolls by {@code dy} pixels, down when positive (a wheel or touchpad's own amount). */
    public void scrollBy(double dy) {
        moveTo(top.get() + dy);
    }

    /** Puts the viewport's top at {@code y} (a scroll bar drag). */
    public void scrollTo(double y) {
        moveTo(y);
    }

    public void lineDown() {
        step(c -> c.lineDown(top.get(), viewport));
    }

    public void lineUp() {
        step(c -> c.lineUp(top.get(), viewport));
    }

    /** A screen forward less one line (Space, Page Down). */
    public void screenDown() {
        step(c -> c.screenDown(top.get(), viewport));
    }

    /** A screen back less one line (Shift+Space, Page Up). */
    public void screenUp() {
        step(c -> c.screenUp(top.get(), viewport));
    }

    public void toStart() {
        reader.finishLayout();
        step(c -> 0);
    }

    public void toEnd() {
        reader.finishLayout();
        step(c -> c.maxScrollTop(viewport));
    }

    private void step(ToDoubleFunction<ScrollColumn> where) {
        ScrollColumn c = column.get();
        if (c != null) {
            moveTo(where.applyAsDouble(c));
        }
    }

    private void moveTo(double y) {
        ScrollColumn c = column.get();
        if (c == null) {
            return;
        }
        double clamped = c.clamp(y, viewport);
        int reading = c.readingLine(clamped);
        report(c, clamped, c.line(reading).anchor());
        if (!reader.exactProperty().get() && (nearPreviewEnd(c, clamped) || nearPreviewStart(c, clamped))) {
            // Near either end of a long story's preview while its exact pages are counted: a new preview
            // around here (it holds a few screens before the place too), so reading on, or back, never
            // waits for the count. The line at the top stays where it is on screen.
            reader.reveal(c.line(reading).anchor());
        }
    }

    /** Within two screens of the preview's last line, when the story goes on after it. */
    private boolean nearPreviewEnd(ScrollColumn c, double y) {
        Line last = c.line(c.lineCount() - 1);
        boolean storyEnds = last.lastOfBlock() && last.block() == reader.blockTexts().size() - 1;
        return !storyEnds && y + 2 * viewport > c.height();
    }

    /** Within two screens of the preview's first line, when the story has text before it. */
    private boolean nearPreviewStart(ScrollColumn c, double y) {
        Line first = c.line(0);
        return (first.block() > 0 || first.start() > 0) && y < 2 * viewport;
    }

    private void rebuild() {
        ScrollColumn was = column.get();
        boolean placeOnTop = was != null && was.line(was.readingLine(top.get())).anchor().equals(reader.anchor());
        double offset = placeOnTop ? top.get() - was.top(was.readingLine(top.get())) : 0;
        Pagination p = reader.paginationProperty().get();
        // The last chapter's heading can reach the top even when that chapter is shorter than a screen.
        List<Chapter> chapters = reader.chapters().list();
        Optional<Anchor> lastHeading = chapters.isEmpty() ? Optional.empty()
                : Optional.of(chapters.get(chapters.size() - 1).start());
        column.set(p == null ? null : ScrollColumn.of(p, lastHeading));
        ScrollColumn now = column.get();
        if (now == null) {
            return;
        }
        // Set for the same page spec with the place on top (exact pages after a preview, or a new preview):
        // the place's line is the same line, so the text does not move on screen, not even by the part of a
        // line the reader had scrolled.
        boolean sameSpecPlaceOnTop = placeOnTop && was.spec().equals(now.spec());
        int line = now.lineIndexOf(reader.anchor());
        double kept = now.clamp(now.top(line) + offset, viewport);
        if (sameSpecPlaceOnTop && now.line(line).anchor().equals(reader.anchor()) && now.readingLine(kept) == line) {
            report(now, kept, reader.anchor());
        } else {
            showAnchor();
        }
    }

    /** Puts the anchor's line on the reading line; the anchor itself does not move. */
    private void showAnchor() {
        ScrollColumn c = column.get();
        if (c == null) {
            return;
        }
        report(c, c.clamp(c.scrollTopFor(c.lineIndexOf(reader.anchor())), viewport), reader.anchor());
    }

    /** Tells the reader model the place and the text on screen, then moves the viewport to {@code y}. */
    private void report(ScrollColumn c, double y, Anchor place) {
        int reading = c.readingLine(y);
        Line lastLine = c.line(c.lineAt(y + viewport - 0.5));
        TextRange inView = new TextRange(c.line(reading).anchor(), new Anchor(lastLine.block(), lastLine.end()));
        boolean atEnd = reader.exactProperty().get() && y >= c.maxScrollTop(viewport) - 0.5;
        moving = true;
        try {
            reader.scrolledTo(place, inView, atEnd);
        } finally {
            moving = false;
        }
        top.set(y);
    }
}
