package quire.ui.search;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import quire.place.Anchor;
import quire.place.TextRange;
import quire.text.SearchIndex;
import quire.text.SearchMatch;
import quire.ui.RangeKind;
import quire.ui.RangeLayers;

/**
 * Searching the story. The index is built on a background thread the first time the reader searches
 * (never before the first frame), and each search runs there too, so typing and page turns never wait;
 * answers for a query the reader has since changed are dropped. A new query's current match is the
 * first one from the page in view; moving to a match shows its page. All matches in view are drawn as
 * {@link RangeKind#SEARCH_HIT}, the current one as {@link RangeKind#CURRENT_SEARCH_HIT}.
 */
public final class SearchModel {
    private final List<String> blockTexts;
    private final RangeLayers layers;
    private final Supplier<Anchor> here;
    private final Consumer<Anchor> reveal;
    private final Executor background;
    private final Executor ui;
    private CompletableFuture<SearchIndex> index;
    private int generation;

    // ---- state (read-only to views) ----
    private final ReadOnlyStringWrapper query = new ReadOnlyStringWrapper(this, "query", "");
    private final ReadOnlyObjectWrapper<List<TextRange>> matches = new ReadOnlyObjectWrapper<>(this, "matches", List.of());
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", -1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    /**
     * @param here   where the reader is (the first character of the page in view)
     * @param reveal shows the page holding a place
     */
    public SearchModel(List<String> blockTexts, RangeLayers layers, Supplier<Anchor> here, Consumer<Anchor> reveal) {
        this(blockTexts, layers, here, reveal, searchThread(), Platform::runLater);
    }

    SearchModel(List<String> blockTexts, RangeLayers layers, Supplier<Anchor> here, Consumer<Anchor> reveal,
                Executor background, Executor ui) {
        this.blockTexts = blockTexts;
        this.layers = layers;
        this.here = here;
        this.reveal = reveal;
        this.background = background;
        this.ui = ui;
    }

    /** The query whose matches are shown. */
    public ReadOnlyStringProperty queryProperty() {
        return query.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<TextRange>> matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    /** The index of the current match in {@link #matchesProperty()}, or -1. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** "3 of 12", "No matches", "Searching…", or blank before a query. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** A match with its context, for the list of matches; built from the index (call after a search). */
    public SearchMatch context(TextRange match) {
        return index().join().context(match);
    }

    // ---- commands ----

    /** Builds the index ahead of the first search, off the UI thread. */
    public void prepare() {
        index();
    }

    /** Searches for {@code text}; the answer arrives later on the UI thread. */
    public void search(String text) {
        int mine = ++generation;
        query.set(text);
        if (text.isBlank()) {
            show(List.of(), -1);
            return;
        }
        status.set("Searching\u2026");
        Anchor from = here.get();
        index().thenApplyAsync(found -> found.find(text), background)
                .thenAcceptAsync(found -> {
                    if (mine == generation) {
                        show(found, firstFrom(found, from));
                        revealCurrent();
                    }
                }, ui);
    }

    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    /** Makes match {@code index} current and shows its page. */
    public void goTo(int index) {
        if (index >= 0 && index < matches.get().size()) {
            show(matches.get(), index);
            revealCurrent();
        }
    }

    /** Forgets the query and its highlights; the reader stays where the last match was shown. */
    public void clear() {
        generation++;
        query.set("");
        show(List.of(), -1);
    }

    private void step(int by) {
        int count = matches.get().size();
        if (count == 0) {
            return;
        }
        goTo(Math.floorMod(current.get() + by, count));
    }

    private void show(List<TextRange> found, int index) {
        matches.set(List.copyOf(found));
        current.set(index);
        layers.set(RangeKind.SEARCH_HIT, found);
        layers.set(RangeKind.CURRENT_SEARCH_HIT, index < 0 ? List.of() : List.of(found.get(index)));
        status.set(query.get().isBlank() ? "" : found.isEmpty() ? "No matches" : (index + 1) + " of " + found.size());
    }

    private void revealCurrent() {
        if (current.get() >= 0) {
            reveal.accept(matches.get().get(current.get()).start());
        }
    }

    /** The first match at or after {@code from}, else the first of all (the search wraps around). */
    private static int firstFrom(List<TextRange> found, Anchor from) {
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).start().compareTo(from) >= 0) {
                return i;
            }
        }
        return found.isEmpty() ? -1 : 0;
    }

    private CompletableFuture<SearchIndex> index() {
        if (index == null) {
            index = CompletableFuture.supplyAsync(() -> new SearchIndex(blockTexts), background);
        }
        return index;
    }

    /** One daemon thread that ends when idle, so an unused search costs nothing. */
    private static Executor searchThread() {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "quire-search");
            thread.setDaemon(true);
            return thread;
        });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }
}
