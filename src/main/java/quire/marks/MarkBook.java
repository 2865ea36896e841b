package quire.marks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import quire.place.Anchor;
import quire.place.TextRange;

/**
 * One story's marks in story order, and the ways a reader changes them. Highlights never overlap one
 * another: highlighting over existing highlights joins them into one (their notes kept), so each
 * character is in at most one highlight and drawing can find a page's highlights by a binary search.
 * Marks not found in this version of the story are kept as they are and take no part in this.
 */
public record MarkBook(List<Mark> marks) {
    public static final MarkBook EMPTY = new MarkBook(List.of());
    /** How many characters of a page's first words a bookmark quotes. */
    static final int BOOKMARK_WORDS = 60;
    private static final Comparator<Mark> STORY_ORDER =
            Comparator.comparing((Mark m) -> m.range().start()).thenComparing(Mark::id);

    public MarkBook {
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort(STORY_ORDER);
        marks = List.copyOf(sorted);
    }

    public List<Highlight> highlights() {
        return marks.stream().filter(Highlight.class::isInstance).map(Highlight.class::cast).toList();
    }

    public List<Bookmark> bookmarks() {
        return marks.stream().filter(Bookmark.class::isInstance).map(Bookmark.class::cast).toList();
    }

    public Optional<Mark> byId(String id) {
        return marks.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** The bookmark of the page that runs over {@code page}, if it has one. */
    public Optional<Bookmark> bookmarkIn(TextRange page) {
        return bookmarks().stream().filter(Bookmark::found).filter(b -> page.contains(b.range().start())
                || b.range().start().equals(page.start())).findFirst();
    }

    /** Adds a bookmark at the page's first words, or removes the page's bookmark. */
    public MarkBook toggleBookmark(TextRange page, List<String> blockTexts, String newId) {
        Optional<Bookmark> existing = bookmarkIn(page);
        if (existing.isPresent()) {
            return without(existing.get().id());
        }
        TextRange words = firstWords(page.start(), blockTexts);
        return with(new Bookmark(newId, words, TextQuote.of(blockTexts, words), true));
    }

    /** The highlight that holds all of {@code range}, if one does. */
    public Optional<Highlight> highlightHolding(TextRange range) {
        return highlights().stream().filter(Highlight::found).filter(h -> h.range().start().compareTo(range.start()) <= 0
                && range.end().compareTo(h.range().end()) <= 0).findFirst();
    }

    /** The found highlights that share at least one character with {@code range}. */
    public List<Highlight> highlightsTouching(TextRange range) {
        return highlights().stream().filter(Highlight::found).filter(h -> overlaps(h.range(), range)).toList();
    }

    /**
     * H on a selection: inside one highlight, that highlight takes the next colour; otherwise the
     * selection becomes a highlight, joined with any it overlaps (their first colour, their notes).
     */
    public MarkBook highlight(TextRange chosen, List<String> blockTexts, String newId) {
        Optional<TextRange> words = withoutSpaceAtTheEnds(chosen, blockTexts);
        if (words.isEmpty()) {
            return this; // only spaces were selected: nothing worth keeping
        }
        TextRange selection = words.get();
        Optional<Highlight> holding = highlightHolding(selection);
        if (holding.isPresent()) {
            return with(holding.get().withColour(holding.get().colour().next()));
        }
        List<Highlight> joined = highlightsTouching(selection);
        Anchor start = selection.start();
        Anchor end = selection.end();
        List<String> notes = new ArrayList<>();
        MarkBook rest = this;
        for (Highlight h : joined) {
            start = h.range().start().compareTo(start) < 0 ? h.range().start() : start;
            end = h.range().end().compareTo(end) > 0 ? h.range().end() : end;
            if (h.hasNote()) {
                notes.add(h.note());
            }
            rest = rest.without(h.id());
        }
        MarkColour colour = joined.isEmpty() ? MarkColour.YELLOW : joined.get(0).colour();
        String id = joined.isEmpty() ? newId : joined.get(0).id();
        TextRange range = new TextRange(start, end);
        return rest.with(new Highlight(id, range, TextQuote.of(blockTexts, range), colour, String.join("\n\n", notes), true));
    }

    /**
     * The range less the spaces and line breaks at its ends, so a highlight always quotes words (a
     * double-click between two words selects the space); empty when nothing else is in it.
     */
    public static Optional<TextRange> withoutSpaceAtTheEnds(TextRange range, List<String> blockTexts) {
        int startBlock = range.start().block();
        int start = range.start().offset();
        int endBlock = range.end().block();
        int end = range.end().offset();
        while (startBlock < endBlock || startBlock == endBlock && start < end) {
            String text = startBlock < blockTexts.size() ? blockTexts.get(startBlock) : "";
            if (start >= text.length()) {
                startBlock++;
                start = 0;
            } else if (Character.isWhitespace(text.charAt(start))) {
                start++;
            } else {
                break;
            }
        }
        while (endBlock > startBlock || endBlock == startBlock && end > start) {
            String text = endBlock < blockTexts.size() ? blockTexts.get(endBlock) : "";
            if (end <= 0) {
                endBlock--;
                end = endBlock >= 0 && endBlock < blockTexts.size() ? blockTexts.get(endBlock).length() : 0;
            } else if (Character.isWhitespace(text.charAt(Math.min(end, text.length()) - 1))) {
                end--;
            } else {
                break;
            }
        }
        if (endBlock < startBlock || endBlock == startBlock && end <= start) {
            return Optional.empty();
        }
        return Optional.of(new TextRange(new Anchor(startBlock, start), new Anchor(endBlock, end)));
    }

    /**
     * A mark that was not found, placed by the reader on words they chose: a bookmark on the page those
     * words start, a highlight over them (joined with any it overlaps, as highlighting joins), keeping
     * its colour and note. Nothing changes when {@code id} is not a mark that was not found, or the
     * words are only spaces.
     */
    public MarkBook placeAgain(String id, TextRange words, List<String> blockTexts) {
        Optional<Mark> lost = byId(id).filter(m -> !m.found());
        Optional<TextRange> chosen = withoutSpaceAtTheEnds(words, blockTexts);
        if (lost.isEmpty() || chosen.isEmpty()) {
            return this;
        }
        MarkBook rest = without(id);
        if (lost.get() instanceof Bookmark) {
            TextRange first = firstWords(chosen.get().start(), blockTexts);
            return rest.with(new Bookmark(id, first, TextQuote.of(blockTexts, first), true));
        }
        Highlight old = (Highlight) lost.get();
        List<Highlight> joined = rest.highlightsTouching(chosen.get());
        MarkBook placed = rest.highlight(chosen.get(), blockTexts, id);
        Highlight made = placed.highlightHolding(chosen.get()).orElseThrow();
        String notes = joined.isEmpty() ? old.note() : String.join("\n\n",
                java.util.stream.Stream.concat(java.util.stream.Stream.of(old.note()),
                        java.util.stream.Stream.of(made.note())).filter(n -> !n.isBlank()).toList());
        return placed.without(made.id()).with(new Highlight(id, made.range(), made.quote(), old.colour(), notes, true));
    }

    /** Adds {@code mark}, or replaces the mark with its id. */
    public MarkBook with(Mark mark) {
        List<Mark> changed = new ArrayList<>(marks.size() + 1);
        marks.stream().filter(m -> !m.id().equals(mark.id())).forEach(changed::add);
        changed.add(mark);
        return new MarkBook(changed);
    }

    public MarkBook without(String id) {
        return new MarkBook(marks.stream().filter(m -> !m.id().equals(id)).toList());
    }

    static boolean overlaps(TextRange a, TextRange b) {
        return a.start().compareTo(b.end()) < 0 && b.start().compareTo(a.end()) < 0;
    }

    /** Up to {@link #BOOKMARK_WORDS} characters from {@code start}, cut after a whole word. */
    static TextRange firstWords(Anchor start, List<String> blockTexts) {
        if (start.block() >= blockTexts.size()) {
            return new TextRange(start, start);
        }
        String text = blockTexts.get(start.block());
        int from = Math.min(start.offset(), text.length());
        int to = Math.min(text.length(), from + BOOKMARK_WORDS);
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            to = space > from ? space : to;
        }
        return TextRange.inBlock(start.block(), from, to);
    }
}
