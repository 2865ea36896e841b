package quire.ui.selection;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import quire.place.Anchor;
import quire.place.TextRange;
import quire.text.CopyText;
import quire.text.TextUnits;
import quire.ui.RangeKind;
import quire.ui.RangeLayers;

/**
 * The reader's selection: a {@link TextRange} of the story, or none. It is text, not pixels, so it stays
 * on its words through a resize, a font change or a theme change. A drag keeps the place it started
 * (the pivot) and moves the other end; Shift+click moves that end too. Double- and triple-click select a
 * word or a paragraph, and a drag after them grows by whole words or paragraphs, as in a text editor.
 */
public final class SelectionModel {
    /** What a drag extends by: characters, or the whole word or paragraph it started on. */
    enum Unit { CHARACTER, WORD, PARAGRAPH }

    private final List<String> blockTexts;
    private final RangeLayers layers;
    private final ReadOnlyObjectWrapper<Optional<TextRange>> selection =
            new ReadOnlyObjectWrapper<>(this, "selection", Optional.empty());
    private TextRange pivot;
    private Unit unit = Unit.CHARACTER;

    public SelectionModel(List<String> blockTexts, RangeLayers layers) {
        this.blockTexts = blockTexts;
        this.layers = layers;
    }

    public ReadOnlyObjectProperty<Optional<TextRange>> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public Optional<TextRange> selection() {
        return selection.get();
    }

    /** The selected text exactly as the author wrote it, or empty when nothing is selected. */
    public String selectedText() {
        return selection.get().map(range -> CopyText.of(blockTexts, range)).orElse("");
    }

    // ---- commands ----

    /** Starts a selection at {@code place} with nothing selected yet, as a press before a drag. */
    public void begin(Anchor place) {
        unit = Unit.CHARACTER;
        pivot = new TextRange(snap(place), snap(place));
        set(Optional.empty());
    }

    /** Moves the free end to {@code place}; the pivot stays. With no pivot yet, starts one there. */
    public void extendTo(Anchor place) {
        if (pivot == null) {
            pivot = selection.get().orElse(new TextRange(snap(place), snap(place)));
        }
        TextRange reach = unitAt(place);
        Anchor start = reach.start().compareTo(pivot.start()) < 0 ? reach.start() : pivot.start();
        Anchor end = reach.end().compareTo(pivot.end()) > 0 ? reach.end() : pivot.end();
        set(Optional.of(new TextRange(start, end)).filter(range -> !range.isEmpty()));
    }

    public void selectWord(Anchor place) {
        select(TextUnits.wordAt(place.block(), text(place.block()), place.offset()), Unit.WORD);
    }

    public void selectParagraph(Anchor place) {
        select(TextUnits.paragraph(place.block(), text(place.block())), Unit.PARAGRAPH);
    }

    /** Selects {@code range} as a whole (Ctrl+A's pages in view). */
    public void select(TextRange range) {
        select(range, Unit.CHARACTER);
    }

    public void clear() {
        pivot = null;
        unit = Unit.CHARACTER;
        set(Optional.empty());
    }

    private void select(TextRange range, Unit by) {
        unit = by;
        pivot = range;
        set(Optional.of(range).filter(r -> !r.isEmpty()));
    }

    private TextRange unitAt(Anchor place) {
        return switch (unit) {
            case CHARACTER -> new TextRange(snap(place), snap(place));
            case WORD -> TextUnits.wordAt(place.block(), text(place.block()), place.offset());
            case PARAGRAPH -> TextUnits.paragraph(place.block(), text(place.block()));
        };
    }

    private void set(Optional<TextRange> range) {
        selection.set(range);
        layers.set(RangeKind.SELECTION, range.map(List::of).orElse(List.of()));
    }

    private Anchor snap(Anchor place) {
        return new Anchor(place.block(), TextUnits.snap(text(place.block()), place.offset()));
    }

    private String text(int block) {
        return block < blockTexts.size() ? blockTexts.get(block) : "";
    }
}
