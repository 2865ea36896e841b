package quire.ui.marks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import quire.marks.Highlight;
import quire.marks.Mark;
import quire.marks.MarkBook;
import quire.marks.MarkColour;
import quire.place.TextRange;
import quire.ui.RangeKind;
import quire.ui.RangeLayers;

/**
 * The story's marks while it is read: the {@link MarkBook} as a read-only property, and the commands a
 * reader gives (bookmark a page, highlight, note, remove, undo removals: the last {@link #UNDO_DEPTH} come
 * back one by one, newest first). Each change draws the
 * highlights into the {@link RangeLayers} by colour and tells the store, which writes a moment later.
 * The saved marks arrive after the first frame ({@link #loaded}); marks made before that are kept.
 */
public final class MarksModel {
    /** How many removals Ctrl+Z can bring back. */
    public static final int UNDO_DEPTH = 20;

    private final List<String> blockTexts;
    private final RangeLayers layers;
    private final ReadOnlyObjectWrapper<MarkBook> book = new ReadOnlyObjectWrapper<>(this, "book", MarkBook.EMPTY);
    private final ReadOnlyObjectWrapper<Boolean> canUndo = new ReadOnlyObjectWrapper<>(this, "canUndo", false);
    /** Marks removed, the newest first. */
    private final java.util.Deque<Mark> removed = new java.util.ArrayDeque<>();
    private Consumer<List<Mark>> onChange = marks -> { };

    public MarksModel(List<String> blockTexts, RangeLayers layers) {
        this.blockTexts = blockTexts;
        this.layers = layers;
    }

    // ---- state ----

    public ReadOnlyObjectProperty<MarkBook> bookProperty() {
        return book.getReadOnlyProperty();
    }

    public MarkBook book() {
        return book.get();
    }

    public ReadOnlyObjectProperty<Boolean> canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public List<String> blockTexts() {
        return blockTexts;
    }

    /** Called with every mark after each change the reader makes, to be saved. */
    public void setOnChange(Consumer<List<Mark>> listener) {
        onChange = listener;
    }

    // ---- commands ----

    /** The saved marks, found again in this version of the story; any made meanwhile are kept. */
    public void loaded(List<Mark> saved) {
        List<Mark> all = new ArrayList<>(saved);
        all.addAll(book.get().marks());
        boolean madeMeanwhile = !book.get().marks().isEmpty();
        show(new MarkBook(all));
        if (madeMeanwhile) {
            onChange.accept(book.get().marks()); // the store holds only those made meanwhile: give it all
        }
    }

    public void toggleBookmark(TextRange page) {
        change(book.get().toggleBookmark(page, blockTexts, newId()));
    }

    /** Highlights the words, or gives the highlight holding them its next colour; the highlight's id. */
    public Optional<String> highlight(TextRange words) {
        MarkBook changed = book.get().highlight(words, blockTexts, newId());
        change(changed);
        return holding(words).map(Highlight::id);
    }

    /** The highlight holding these words, the spaces at their ends aside (a highlight never starts or ends on one). */
    public Optional<Highlight> holding(TextRange words) {
        return book.get().highlightHolding(MarkBook.withoutSpaceAtTheEnds(words, blockTexts).orElse(words));
    }

    public void setNote(String id, String note) {
        book.get().byId(id).filter(Highlight.class::isInstance).map(Highlight.class::cast)
                .ifPresent(h -> change(book.get().with(h.withNote(note.strip()))));
    }

    /** Places a mark that was not found on the words the reader chose (see {@link MarkBook#placeAgain}). */
    public void placeAgain(String id, TextRange words) {
        change(book.get().placeAgain(id, words, blockTexts));
    }

    /** Removes the mark; {@link #undoRemoval()} brings it back (and then the ones removed before it). */
    public void remove(String id) {
        Optional<Mark> mark = book.get().byId(id);
        if (mark.isPresent()) {
            removed.push(mark.get());
            if (removed.size() > UNDO_DEPTH) {
                removed.removeLast();
            }
            canUndo.set(true);
            change(book.get().without(id));
        }
    }

    /** Brings back the mark removed most recently that is not back yet; nothing when there is none. */
    public void undoRemoval() {
        Mark mark = removed.poll();
        if (mark != null) {
            change(book.get().with(mark));
        }
        canUndo.set(!removed.isEmpty());
    }

    private void change(MarkBook changed) {
        if (!changed.equals(book.get())) {
            show(changed);
            onChange.accept(changed.marks());
        }
    }

    private void show(MarkBook shown) {
        book.set(shown);
        Map<MarkColour, List<TextRange>> byColour = new EnumMap<>(MarkColour.class);
        for (MarkColour colour : MarkColour.values()) {
            byColour.put(colour, new ArrayList<>());
        }
        for (Highlight h : shown.highlights()) {
            if (h.found()) {
                byColour.get(h.colour()).add(h.range());
            }
        }
        byColour.forEach((colour, ranges) -> layers.set(RangeKind.highlight(colour), ranges));
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
