package quire.access;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * The pieces of a text AT-SPI asks for by offset: the character, word, sentence or line at, before or
 * after an offset, in the two numberings AT-SPI has ({@code AtspiTextBoundaryType} for {@code
 * GetTextAtOffset}, {@code AtspiTextGranularity} for {@code GetStringAtOffset}). Lines are the text's
 * own lines, ended by a line feed. Pure: offsets in, offsets out.
 */
final class TextSegments {
    /** A piece {@code [start, end)} of the text. */
    record Segment(int start, int end) {
        String of(String text) {
            return text.substring(start, end);
        }
    }

    static final int BOUNDARY_CHAR = 0;
    static final int BOUNDARY_WORD_START = 1;
    static final int BOUNDARY_WORD_END = 2;
    static final int BOUNDARY_SENTENCE_START = 3;
    static final int BOUNDARY_SENTENCE_END = 4;
    static final int BOUNDARY_LINE_START = 5;
    static final int BOUNDARY_LINE_END = 6;

    static final int GRANULARITY_CHAR = 0;
    static final int GRANULARITY_WORD = 1;
    static final int GRANULARITY_SENTENCE = 2;
    static final int GRANULARITY_LINE = 3;
    static final int GRANULARITY_PARAGRAPH = 4;

    private final String text;

    TextSegments(String text) {
        this.text = text;
    }

    /** {@code GetTextAtOffset}: the piece of the boundary type around {@code offset}. */
    Segment at(int offset, int boundary) {
        int o = clamp(offset);
        switch (boundary) {
            case BOUNDARY_CHAR:
                return new Segment(o, Math.min(o + 1, text.length()));
            case BOUNDARY_WORD_START:
                return wordFromStartToStart(o);
            case BOUNDARY_WORD_END:
                return word(o);
            case BOUNDARY_SENTENCE_START:
            case BOUNDARY_SENTENCE_END:
                return sentence(o);
            default:
                return line(o, boundary == BOUNDARY_LINE_START);
        }
    }

    /** The piece just before the one at {@code offset}, empty at the start. */
    Segment before(int offset, int boundary) {
        Segment at = at(offset, boundary);
        return at.start() == 0 ? new Segment(0, 0) : at(at.start() - 1, boundary);
    }

    /** The piece just after the one at {@code offset}, empty at the end. */
    Segment after(int offset, int boundary) {
        Segment at = at(offset, boundary);
        return at.end() >= text.length() ? new Segment(text.length(), text.length()) : at(at.end(), boundary);
    }

    /** {@code GetStringAtOffset}: the word, sentence or line itself, without the spaces that follow it. */
    Segment string(int offset, int granularity) {
        int o = clamp(offset);
        switch (granularity) {
            case GRANULARITY_CHAR:
                return new Segment(o, Math.min(o + 1, text.length()));
            case GRANULARITY_WORD:
                return word(o);
            case GRANULARITY_SENTENCE:
                return trimmed(sentence(o));
            default:
                return line(o, false);
        }
    }

    private Segment word(int o) {
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(text);
        int end = words.following(Math.min(o, Math.max(text.length() - 1, 0)));
        if (end == BreakIterator.DONE) {
            end = text.length();
        }
        int start = words.previous();
        return start == BreakIterator.DONE ? new Segment(0, end) : new Segment(start, end);
    }

    /** From the start of the word at (or before) {@code o} to the start of the next word. */
    private Segment wordFromStartToStart(int o) {
        int start = o;
        if (start == text.length() || !isWordChar(start)) {
            while (start > 0 && !isWordChar(start - 1)) {
                start--;
            }
        }
        while (start > 0 && isWordChar(start - 1)) {
            start--;
        }
        int end = o;
        while (end < text.length() && isWordChar(end)) {
            end++;
        }
        while (end < text.length() && !isWordChar(end)) {
            end++;
        }
        return new Segment(start, end);
    }

    private Segment sentence(int o) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(text);
        int end = text.isEmpty() ? 0 : sentences.following(Math.min(o, text.length() - 1));
        if (end == BreakIterator.DONE) {
            end = text.length();
        }
        int start = text.isEmpty() ? 0 : sentences.previous();
        return new Segment(Math.max(start, 0), end);
    }

    private Segment line(int o, boolean withLineFeed) {
        int start = o == 0 ? 0 : text.lastIndexOf('\n', o - 1) + 1;
        if (o < text.length() && text.charAt(o) == '\n' && !withLineFeed) {
            return new Segment(start, o);
        }
        int feed = text.indexOf('\n', o);
        if (feed < 0) {
            return new Segment(start, text.length());
        }
        return new Segment(start, withLineFeed ? feed + 1 : feed);
    }

    private Segment trimmed(Segment segment) {
        int end = segment.end();
        while (end > segment.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Segment(segment.start(), end);
    }

    private boolean isWordChar(int i) {
        return Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '\u2019';
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}
