package quire.marks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quire.place.TextRange;
import quire.testing.Gen;
import quire.testing.Property;
import quire.testing.Texts;

/**
 * Whatever the author wrote and the reader noted, the Markdown export reads back, in any CommonMark
 * reader, as the same marks with the same words: nothing in a quote, note or title becomes syntax.
 */
class MarksExportProperties {
    /** Pieces of Markdown, HTML and awkward text, so that generated words often hold real syntax. */
    private static final String[] SYNTAX = {
        "# ", "## ", "#", "###### x #", "```", "```java\n", "~~~", "    ", "\t", " ", "  ", "\n", "\n\n", "\n\n\n",
        "\r", "\r\n", "\\", "\\\n", "  \n", "*", "**", "_", "__", "`", "``", "[", "]", "(", ")", "[a](b)", "![i](x.png)",
        "[r]: /url", "[r]", "<", ">", "> ", ">>", "<script>alert(1)</script>", "<div>", "</div>", "<!--", "-->",
        "<?php", "<![CDATA[", "<http://x.y>", "<a@b.c>", "&", "&amp;", "&#32;", "&#x41;", "&#0;", "&copy;", "&nbsp",
        "1. ", "2) ", "1234567890.", "- ", "+ ", "* ", "---", "===", "***", "___", "- - -", "|", "| a | b |\n|---|---|",
        "~~", "!", ".", "-", "+", "=", "\u0000", "\ud800", "\udc00", "\u2028", "\u2029", "\u0085", "\u00a0", "\ufeff",
        "\u000b", "\u000c", "\u001f", "\u007f", "\ud83d\ude00", "\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67",
        "\u00e9", "words", "Spike said", "www.x.org", "http://x.y", "[^1]", "{#id}", "$x$", ":smile:", "==", "++", "^",
        "\u201cYou\u2019re\u2026\u201d", "\u2014",
    };

    private static final Gen<String> HOSTILE = Gen.lists(Gen.frequency(List.of(
                    Gen.weighted(4, Gen.oneOf(SYNTAX)),
                    Gen.weighted(2, Texts.strings(Texts.anyCodePoint(), 1, 6)),
                    Gen.weighted(1, Texts.strings(Texts.MARKUP, 1, 6)))), 0, 12)
            .map(parts -> String.join("", parts));

    /** One mark as generated: which kind, its words, the reader's note, its colour and whether it was found. */
    record Drawn(boolean bookmark, String quote, String note, MarkColour colour, boolean found) {
    }

    private static final Gen<Drawn> DRAWN = Gen.zip(
            Gen.zip(Gen.booleans(), Gen.booleans(), (bookmark, found) -> new boolean[] {bookmark, found}),
            HOSTILE, HOSTILE, Gen.oneOf(MarkColour.values()),
            (flags, quote, note, colour) -> new Drawn(flags[0], quote, note, colour, flags[1]));

    record Export(String title, Optional<String> rating, List<Drawn> marks) {
    }

    @Test
    void theExportReadsBackAsTheSameMarksWithTheSameWords() {
        Gen<Export> exports = Gen.zip(HOSTILE, Gen.zip(Gen.booleans(), HOSTILE, (has, r) -> has ? Optional.of(r) : Optional.<String>empty()),
                Gen.lists(DRAWN, 0, 6), Export::new);
        Property.forAll("theExportReadsBackAsTheSameMarksWithTheSameWords", 600, exports,
                MarksExportProperties::readsBack);
    }

    private static void readsBack(Export export) throws Exception {
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < export.marks().size(); i++) {
            marks.add(mark(i, export.marks().get(i)));
        }
        String markdown = MarksExport.markdown(export.title(), export.rating(), marks,
                mark -> MarksExport.Where.at(mark.range().start().block() + 1, mark.range().start().block()));
        StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(markdown)); // a UTF-8 file can hold it

        MarkdownReadBack.Read read = MarkdownReadBack.of(markdown);
        String title = oneLine(export.title());
        assertThat(read.title()).as("the title").isEqualTo(title.isEmpty() ? "Marks" : title);
        Optional<String> rating = export.rating().map(MarksExportProperties::oneLine).filter(r -> !r.isEmpty());
        List<String> preamble = new ArrayList<>();
        rating.ifPresent(r -> preamble.add("Rating: " + r));
        if (marks.isEmpty()) {
            preamble.add("No bookmarks or highlights yet.");
        }
        assertThat(read.preamble()).as("the rating").isEqualTo(preamble);
        assertThat(read.marks()).as("one heading and quote per mark").hasSize(marks.size());
        for (int i = 0; i < marks.size(); i++) {
            Drawn drawn = export.marks().get(i);
            MarkdownReadBack.ReadMark back = read.marks().get(i);
            String kind = drawn.bookmark() ? "Bookmark"
                    : (drawn.note().isBlank() ? "Highlight (" : "Note (") + drawn.colour().label() + ")";
            assertThat(back.heading()).as("mark %d's heading", i).startsWith(kind + ", ")
                    .endsWith(drawn.found() ? "page " + (i + 1) + " (" + i + "%)" : "not found in this version");
            assertThat(back.quote()).as("mark %d's quote", i).isEqualTo(writable(drawn.quote()));
            String note = drawn.bookmark() || drawn.note().isBlank() ? "" : writable(drawn.note());
            assertThat(back.note()).as("mark %d's note", i).isEqualTo(note);
        }
    }

    private static Mark mark(int index, Drawn drawn) {
        TextRange range = TextRange.inBlock(index, 0, 1);
        TextQuote quote = new TextQuote("", drawn.quote(), "");
        String id = "m" + (char) ('a' + index);
        Mark mark = drawn.bookmark() ? new Bookmark(id, range, quote, true)
                : new Highlight(id, range, quote, drawn.colour(), drawn.note(), true);
        return drawn.found() ? mark : mark.lost();
    }

    /** A title or rating as one line shows it: its line breaks as spaces, its ends trimmed. */
    private static String oneLine(String text) {
        return writable(text).replaceAll("\\R+", " ").strip();
    }

    /**
     * The words as a UTF-8 Markdown file can carry them: CommonMark reads NUL as U+FFFD, and UTF-8 has no
     * lone surrogates, so both come back as U+FFFD; every other character comes back as it was.
     */
    private static String writable(String text) {
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                kept.append(c).append(text.charAt(++i));
            } else {
                kept.append(c == 0 || Character.isSurrogate(c) ? '\ufffd' : c);
            }
        }
        return kept.toString();
    }
}
