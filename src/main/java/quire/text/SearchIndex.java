package quire.text;

import java.util.ArrayList;
import java.util.List;
import quire.place.TextRange;

/**
 * The story's block texts folded once for searching. Build it off the UI thread (about 40 ms for a
 * 1 MB story); then each search is a scan of the folded text. Immutable, so it can be shared between
 * threads. Matches are ranges; their context for a list is made only for the ones shown. Matches come in story order and do not overlap, and never split a character of the original: "..."
 * finds an ellipsis, "." does not find a third of one.
 */
public final class SearchIndex {
    /** Characters of context shown on each side of a match in the list of matches. */
    static final int CONTEXT = 40;

    private final List<String> texts;
    private final List<SearchFolding.Folded> folded;

    public SearchIndex(List<String> blockTexts) {
        this.texts = List.copyOf(blockTexts);
        List<SearchFolding.Folded> all = new ArrayList<>(texts.size());
        for (String text : texts) {
            all.add(SearchFolding.fold(text));
        }
        this.folded = List.copyOf(all);
    }

    /** Every match of {@code query}, in story order; nothing for a query that folds to blank. */
    public List<TextRange> find(String query) {
        return find(query, Integer.MAX_VALUE);
    }

    /** At most {@code limit} matches, from the start of the story. */
    public List<TextRange> find(String query, int limit) {
        List<TextRange> matches = new ArrayList<>();
        scan(query, limit, (block, from, to) -> matches.add(TextRange.inBlock(block, folded.get(block).originalStart(from),
                folded.get(block).originalEnd(to, texts.get(block).length()))));
        return matches;
    }

    /** How many matches {@code query} has, without building them. */
    public int count(String query) {
        return scan(query, Integer.MAX_VALUE, (block, from, to) -> { });
    }

    /** Where a match was found in a block's folded text. */
    private interface Found {
        void at(int block, int from, int to);
    }

    /**
     * Reports up to {@code limit} matches of the folded query in story order, none overlapping and none
     * splitting a character of the original; returns how many.
     */
    private int scan(String query, int limit, Found found) {
        String needle = SearchFolding.foldQuery(query);
        if (needle.isBlank()) {
            return 0;
        }
        int count = 0;
        for (int block = 0; block < folded.size() && count < limit; block++) {
            SearchFolding.Folded f = folded.get(block);
            int at = f.text().indexOf(needle);
            while (at >= 0 && count < limit) {
                int end = at + needle.length();
                if (f.wholeCharacters(at, end)) {
                    found.at(block, at, end);
                    count++;
                    at = f.text().indexOf(needle, end);
                } else {
                    at = f.text().indexOf(needle, at + 1);
                }
            }
        }
        return count;
    }

    /** A match with a few whole words of its paragraph on each side, for the list of matches. */
    public SearchMatch context(TextRange match) {
        int block = match.start().block();
        String text = texts.get(block);
        int start = Math.min(match.start().offset(), text.length());
        int end = match.end().block() == block ? Math.min(match.end().offset(), text.length()) : text.length();
        String before = oneLine(text.substring(wordStartBefore(text, Math.max(0, start - CONTEXT), start), start));
        String after = oneLine(text.substring(end, wordEndAfter(text, Math.min(text.length(), end + CONTEXT), end)));
        return new SearchMatch(match, before, oneLine(text.substring(start, end)), after);
    }

    /** Context starts at a word's start, so the list never shows half a word. */
    private static int wordStartBefore(String text, int from, int limit) {
        if (from == 0) {
            return 0;
        }
        for (int i = from; i < limit; i++) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return limit;
    }

    private static int wordEndAfter(String text, int to, int limit) {
        if (to >= text.length()) {
            return text.length();
        }
        for (int i = to; i > limit; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return limit;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
