package quire.ui.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The words of the reading view's footer, from the most the reader could want to the least, so the view
 * can show the longest that fits its width: never wrapped and never cut off with an ellipsis. In a story
 * with chapters it names the chapter and counts the time left in it:
 * "Ch. 3 · Page 41 of 380 · 12% · 4 min left in chapter", then shorter forms down to "41/380".
 *
 * @param chapter     the chapter's number, when the page belongs to one
 * @param first       the first page in view, 1-based
 * @param last        the last page in view (the right page of a spread), 1-based
 * @param minutesLeft minutes left in the chapter (or in the story when there are no chapters)
 */
record FooterText(Optional<Integer> chapter, int first, int last, int count, int percent, int minutesLeft,
                  boolean atTheEnd) {

    static final String DOT = "  \u00b7  ";

    /** The forms of the footer, longest first. */
    List<String> variants() {
        String ch = chapter.map(n -> "Ch. " + n + DOT).orElse("");
        String pages = pages();
        String left = timeLeft(chapter.isPresent(), minutesLeft, atTheEnd);
        List<String> forms = new ArrayList<>();
        forms.add(ch + pages + DOT + percent + "%" + DOT + left);
        forms.add(ch + pages + DOT + left);
        forms.add(ch + pages);
        forms.add(pages);
        forms.add(first + "/" + count);
        return forms;
    }

    /**
     * Scroll mode's footer, longest first: "Ch. 3 · 38% · 4 min left in chapter", down to "38%". There
     * are no pages on screen to count, so it says where the reading line is in the text.
     */
    static List<String> inScrollMode(Optional<Integer> chapter, int percent, int minutesLeft, boolean atTheEnd) {
        String ch = chapter.map(n -> "Ch. " + n + DOT).orElse("");
        String left = timeLeft(chapter.isPresent(), minutesLeft, atTheEnd);
        return List.of(ch + percent + "%" + DOT + left, ch + percent + "%", percent + "%");
    }

    private static String timeLeft(boolean inChapter, int minutesLeft, boolean atTheEnd) {
        return atTheEnd ? "the end" : (minutesLeft <= 1 ? "about a minute left" : minutesLeft + " min left")
                + (inChapter ? " in chapter" : "");
    }

    /** Just the pages, "Page 41 of 380": what the search bar repeats while it covers the footer. */
    String pages() {
        return (last > first ? "Pages " + first + "\u2013" + last : "Page " + first) + " of " + count;
    }

    /** The first of {@code forms} no wider than {@code room}; the shortest when none fits. */
    static String longestThatFits(List<String> forms, double room, ToDoubleFunction<String> width) {
        for (String form : forms) {
            if (width.applyAsDouble(form) <= room) {
                return form;
            }
        }
        return forms.get(forms.size() - 1);
    }
}
