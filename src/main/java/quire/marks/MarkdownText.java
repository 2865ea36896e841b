package quire.marks;

import java.util.ArrayList;
import java.util.List;

/**
 * The reader's and the author's words as CommonMark that renders as exactly those words: nothing they
 * wrote can open a heading, list, code block, HTML block, link or emphasis (nor GFM's tables and
 * strikethrough), and every character comes back, line breaks included. Plain prose stays as it was:
 * only what could start or close syntax is escaped (a backslash before ASCII punctuation, which
 * CommonMark always allows), and what escaping cannot keep is written as a character reference
 * ({@code &#32;}): spaces and tabs at either end of a line (a paragraph drops them, four make code),
 * control characters, a carriage return, and a line break that a paragraph cannot hold (at either end,
 * or more than one blank line). The two characters Markdown in a UTF-8 file cannot carry, NUL and a
 * lone surrogate, become U+FFFD, which is what CommonMark reads NUL as anyway.
 */
final class MarkdownText {
    /** Syntax wherever it stands: escapes, code, emphasis, links, HTML and autolinks, strikethrough, tables. */
    private static final String ANYWHERE = "\\`*_[<~|";
    /** Syntax only at the start of a line: headings, block quotes, list items, thematic breaks, setext underlines. */
    private static final String LINE_START = "#>-+=";
    private static final String LINE_BREAK = "&#10;";

    private MarkdownText() {
    }

    /**
     * The words as a block quote: each line behind "> ", a single line break as a hard break ({@code \}
     * at the line's end) and a blank line as a blank {@code >} line, so paragraphs stay apart.
     */
    static String blockQuote(String words) {
        return String.join("\n", lines(words).stream().map(line -> line.isEmpty() ? ">" : "> " + line).toList());
    }

    /** The words as paragraphs of their own, line breaks kept as in {@link #blockQuote}. */
    static String paragraphs(String words) {
        return String.join("\n", lines(words));
    }

    /**
     * One line of text, for a heading or a label, empty when the text is blank: line breaks become
     * spaces, the ends are trimmed (a heading drops them) and every {@code #} is escaped, since a run of
     * them closes a heading.
     */
    static String oneLine(String text) {
        return escapedLine(writable(text).replaceAll("\\R+", " ").strip(), true);
    }

    /** The Markdown lines of the words, an empty one between paragraphs. */
    private static List<String> lines(String words) {
        String text = writable(words);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int at = 0;
        while (at < text.length()) {
            int end = at;
            while (end < text.length() && text.charAt(end) == '\n') {
                end++;
            }
            int breaks = end - at;
            if (breaks == 0) {
                int next = text.indexOf('\n', at);
                end = next < 0 ? text.length() : next;
                line.append(escapedLine(text.substring(at, end), false));
            } else if (at == 0 || end == text.length()) {
                line.append(LINE_BREAK.repeat(breaks)); // a paragraph has no line break at either end
            } else if (breaks == 1) {
                lines.add(line.append('\\').toString());
                line = new StringBuilder();
            } else {
                lines.add(line.toString());
                lines.add("");
                // CommonMark reads any number of blank lines as one: the breaks past the first two are references.
                line = new StringBuilder(LINE_BREAK.repeat(breaks - 2));
            }
            at = end;
        }
        lines.add(line.toString());
        return lines;
    }

    /** One line of words with no line break in it, escaped so that it is only text. */
    private static String escapedLine(String words, boolean everyHash) {
        int first = 0;
        while (first < words.length() && isSpaceOrTab(words.charAt(first))) {
            first++;
        }
        int last = words.length();
        while (last > first && isSpaceOrTab(words.charAt(last - 1))) {
            last--;
        }
        int listDot = orderedListDelimiter(words, first);
        StringBuilder out = new StringBuilder(words.length() + 8);
        for (int i = 0; i < words.length(); i += Character.charCount(words.codePointAt(i))) {
            int c = words.codePointAt(i);
            if (i < first || i >= last || Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append("&#").append(c).append(';'); // kept by no escape, or read as a line end by some
            } else if (ANYWHERE.indexOf(c) >= 0 || i == listDot || c == '#' && everyHash
                    || i == first && LINE_START.indexOf(c) >= 0 || c == '&' && startsReference(words, i + 1)) {
                out.append('\\').append((char) c);
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    private static boolean isSpaceOrTab(char c) {
        return c == ' ' || c == '\t';
    }

    /** Where the "." or ")" of "12." or "3)" at the line's start is (a list item), or -1. */
    private static int orderedListDelimiter(String words, int first) {
        int end = first;
        while (end < words.length() && words.charAt(end) >= '0' && words.charAt(end) <= '9') {
            end++;
        }
        return end > first && end < words.length() && (words.charAt(end) == '.' || words.charAt(end) == ')') ? end : -1;
    }

    /** After "&", "#" or a letter may make an entity or a numeric reference ("&amp;", "&#42;"). */
    private static boolean startsReference(String words, int at) {
        if (at >= words.length()) {
            return false;
        }
        char c = words.charAt(at);
        return c == '#' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** NUL as U+FFFD, as CommonMark reads it, and lone surrogates as {@link WellFormed} writes them. */
    private static String writable(String text) {
        return WellFormed.text(text).replace('\0', '\ufffd');
    }
}
