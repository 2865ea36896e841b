package quire.marks;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One story's marks as Markdown, for a reader to keep or to quote back to the author: a heading with
 * the story's name and rating, then each mark in story order, its quoted words exactly as written as a
 * block quote, where it is (page and percent), and the note below it. The words are escaped
 * ({@link MarkdownText}), so any CommonMark reader shows them as written and a quote or note can never
 * turn into a heading, code or HTML, nor swallow the marks after it.
 */
public final class MarksExport {
    /** Where a mark is: its page in the pages of the moment (none without a window), and how far in. */
    public record Where(java.util.OptionalInt page, int percent) {
        public static Where at(int page, int percent) {
            return new Where(java.util.OptionalInt.of(page), percent);
        }
    }

    private MarksExport() {
    }

    /**
     * @param storyName the title, else the main pairing; blank when the story has neither
     * @param where     the page and percent of a mark that was found
     */
    public static String markdown(String storyName, Optional<String> rating, List<Mark> marks,
                                  Function<Mark, Where> where) {
        StringBuilder out = new StringBuilder();
        String title = MarkdownText.oneLine(storyName == null ? "" : storyName);
        out.append("# ").append(title.isEmpty() ? "Marks" : title).append("\n\n");
        rating.map(MarkdownText::oneLine).filter(r -> !r.isEmpty())
                .ifPresent(r -> out.append("Rating: ").append(r).append("\n\n"));
        if (marks.isEmpty()) {
            out.append("No bookmarks or highlights yet.\n\n");
        }
        for (Mark mark : new MarkBook(marks).marks()) {
            out.append("## ").append(heading(mark, where)).append("\n\n");
            out.append(MarkdownText.blockQuote(mark.quote().exact())).append("\n\n");
            if (mark instanceof Highlight h && h.hasNote()) {
                out.append(MarkdownText.paragraphs(h.note())).append("\n\n"); // as typed, its spaces too
            }
        }
        return out.substring(0, out.length() - 1); // one line end at the close
    }

    private static String heading(Mark mark, Function<Mark, Where> where) {
        String kind = mark instanceof Highlight h
                ? (h.hasNote() ? "Note" : "Highlight") + " (" + h.colour().label() + ")" : "Bookmark";
        if (!mark.found()) {
            return kind + ", not found in this version";
        }
        Where at = where.apply(mark);
        return at.page().isPresent() ? kind + ", page " + at.page().getAsInt() + " (" + at.percent() + "%)"
                : kind + ", " + at.percent() + "%";
    }
}
