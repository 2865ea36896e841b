package quire.marks;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One story's marks as Markdown, for a reader to keep or to quote back to the author: a heading with
 * the story's name and rating, then each mark in story order, its quoted words exactly as written as a
 * block quote, where it is (page and percent), and the note below it.
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
        out.append("# ").append(storyName == null || storyName.isBlank() ? "Marks" : storyName.strip()).append("\n\n");
        rating.filter(r -> !r.isBlank()).ifPresent(r -> out.append("Rating: ").append(r.strip()).append("\n\n"));
        if (marks.isEmpty()) {
            out.append("No bookmarks or highlights yet.\n");
        }
        for (Mark mark : new MarkBook(marks).marks()) {
            out.append("## ").append(heading(mark, where)).append("\n\n");
            out.append(blockQuote(mark.quote().exact())).append("\n\n");
            if (mark instanceof Highlight h && h.hasNote()) {
                out.append(h.note().strip()).append("\n\n");
            }
        }
        // One line end at the close; never strip more: a quote may end in the author's own space.
        return out.toString().endsWith("\n\n") ? out.substring(0, out.length() - 1) : out.toString();
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

    /** Each line of the words behind "> ", a blank line as ">", so paragraphs stay apart. */
    static String blockQuote(String words) {
        StringBuilder quoted = new StringBuilder();
        for (String line : words.split("\n", -1)) {
            if (quoted.length() > 0) {
                quoted.append('\n');
            }
            quoted.append(line.isEmpty() ? ">" : "> " + line);
        }
        return quoted.toString();
    }
}
