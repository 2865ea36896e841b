package quire.marks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quire.place.TextRange;

class MarksExportTest {
    private static final List<String> STORY = List.of(
            "\u201cYou\u2019re brooding\u2026\u201d Spike said \u2014 softly.",
            "Xander didn\u2019t answer.  Two spaces, as the author typed them.");

    @Test
    void quotesAreTheAuthorsExactWordsInStoryOrderWithPageAndNote() {
        TextRange second = TextRange.inBlock(1, 0, STORY.get(1).length());
        TextRange across = new TextRange(new quire.place.Anchor(0, 0), new quire.place.Anchor(1, 6));
        Highlight late = new Highlight("z", second, TextQuote.of(STORY, second), MarkColour.BLUE, "Love this.", true);
        Highlight early = new Highlight("y", across, TextQuote.of(STORY, across), MarkColour.PINK, "", true);
        Bookmark page = new Bookmark("a", TextRange.inBlock(0, 0, 5), TextQuote.of(STORY, TextRange.inBlock(0, 0, 5)), true);
        String markdown = MarksExport.markdown("Spike/Xander", Optional.of("R"), List.of(late, early, page),
                mark -> MarksExport.Where.at(mark.range().start().block() + 1, mark.range().start().block() * 50));
        assertThat(markdown).isEqualTo("""
                # Spike/Xander

                Rating: R

                ## Bookmark, page 1 (0%)

                > \u201cYou\u2019

                ## Highlight (pink), page 1 (0%)

                > \u201cYou\u2019re brooding\u2026\u201d Spike said \u2014 softly.
                >
                > Xander

                ## Note (blue), page 2 (50%)

                > Xander didn\u2019t answer.  Two spaces, as the author typed them.

                Love this.
                """);
    }

    @Test
    void aMarkNotFoundSaysSoAndKeepsItsQuote() {
        TextRange range = TextRange.inBlock(0, 0, 5);
        Highlight lost = new Highlight("x", range, new TextQuote("", "gone words", ""), MarkColour.YELLOW, "", false);
        String markdown = MarksExport.markdown("", Optional.empty(), List.of(lost), mark -> {
            throw new AssertionError("a lost mark has no page");
        });
        assertThat(markdown).startsWith("# Marks\n\n## Highlight (yellow), not found in this version\n\n> gone words\n");
    }

    @Test
    void aQuoteThatStartsWithAHashStaysAQuote() {
        String markdown = export("Story", highlight(0, "# Chapter One", ""));
        assertThat(markdown).contains("> \\# Chapter One\n");
        assertThat(MarkdownReadBack.of(markdown).marks()).singleElement()
                .satisfies(mark -> assertThat(mark.quote()).isEqualTo("# Chapter One"));
    }

    @Test
    void anUnclosedFenceInANoteLeavesTheMarksAfterItAlone() {
        List<Mark> marks = new ArrayList<>();
        marks.add(highlight(0, "He typed.", "```python\nprint('hi')"));
        for (int i = 1; i < 14; i++) {
            marks.add(highlight(i, "Words " + i + ".", "Note " + i + "."));
        }
        List<MarkdownReadBack.ReadMark> read = MarkdownReadBack.of(export("Story", marks.toArray(Mark[]::new))).marks();
        assertThat(read).hasSize(14);
        assertThat(read.get(0).note()).isEqualTo("```python\nprint('hi')");
        assertThat(read.get(13).heading()).startsWith("Note (yellow), page 14");
        assertThat(read.get(13).note()).isEqualTo("Note 13.");
    }

    @Test
    void htmlIsShownAsText() {
        String markdown = export("Story", highlight(0, "<div>her words</div>", "<script>alert(1)</script>"));
        assertThat(markdown).contains("\\<script>alert(1)\\</script>");
        MarkdownReadBack.ReadMark mark = MarkdownReadBack.of(markdown).marks().get(0);
        assertThat(mark.quote()).isEqualTo("<div>her words</div>");
        assertThat(mark.note()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void aTitleIsOneHeadingLineWhateverItHolds() {
        String markdown = export("Specials\n\n## Injected heading #", highlight(0, "Words.", ""));
        assertThat(markdown).startsWith("# Specials \\#\\# Injected heading \\#\n\n## Highlight");
        MarkdownReadBack.Read read = MarkdownReadBack.of(markdown);
        assertThat(read.title()).isEqualTo("Specials ## Injected heading #");
        assertThat(read.marks()).hasSize(1);
    }

    @Test
    void lineBreaksStayLineBreaksAndParagraphsStayApart() {
        String markdown = export("Story", highlight(0, "One line,\nthe next.\n\nA new paragraph.", "first\nsecond"));
        assertThat(markdown).contains("> One line,\\\n> the next.\n>\n> A new paragraph.\n\nfirst\\\nsecond\n");
        MarkdownReadBack.ReadMark mark = MarkdownReadBack.of(markdown).marks().get(0);
        assertThat(mark.quote()).isEqualTo("One line,\nthe next.\n\nA new paragraph.");
        assertThat(mark.note()).isEqualTo("first\nsecond");
    }

    @Test
    void plainProseIsWrittenAsItIs() {
        String prose = "It\u2019s late, she said \u2014 3 + 4 = 7 (or so?); \"fine\" - isn't it! #1 & more... 50%.";
        assertThat(export("Story", highlight(0, prose, prose))).contains("> " + prose + "\n\n" + prose + "\n");
    }

    @Test
    void listsRulesUnderlinesCodeAndEntitiesComeBackAsTheirCharacters() {
        String note = "1. first\n2) second\n===\n---\n* * *\n    indented\n\tand a tab\n&amp; &#42; &copy;\n> quoted\n+ plus";
        String markdown = export("Story", highlight(0, "  two spaces before, one after ", note));
        assertThat(markdown).contains("1\\. first\\\n2\\) second\\\n\\===\\\n\\---\\\n\\* \\* \\*\\\n"
                + "&#32;&#32;&#32;&#32;indented\\\n&#9;and a tab\\\n\\&amp; \\&#42; \\&copy;\\\n\\> quoted\\\n\\+ plus");
        MarkdownReadBack.ReadMark mark = MarkdownReadBack.of(markdown).marks().get(0);
        assertThat(mark.quote()).isEqualTo("  two spaces before, one after ");
        assertThat(mark.note()).isEqualTo(note);
    }

    @Test
    void breaksAParagraphCannotHoldAreCharacterReferences() {
        String quote = "\nafter a break\n\n\n\nafter three blank lines\r\n";
        String markdown = export("Story", highlight(0, quote, ""));
        assertThat(markdown).contains("> &#10;after a break\n>\n> &#10;&#10;after three blank lines&#13;&#10;\n");
        assertThat(MarkdownReadBack.of(markdown).marks().get(0).quote()).isEqualTo(quote);
    }

    @Test
    void whatAUtf8FileCannotHoldBecomesTheReplacementCharacter() {
        String markdown = export("Story", highlight(0, "half \ud83d of an emoji, a NUL \u0000, a whole \ud83d\ude00", ""));
        assertThat(MarkdownReadBack.of(markdown).marks().get(0).quote())
                .isEqualTo("half \ufffd of an emoji, a NUL \ufffd, a whole \ud83d\ude00");
    }

    private static Highlight highlight(int block, String words, String note) {
        TextRange range = TextRange.inBlock(block, 0, 1);
        return new Highlight("h" + block, range, new TextQuote("", words, ""), MarkColour.YELLOW, note, true);
    }

    private static String export(String title, Mark... marks) {
        return MarksExport.markdown(title, Optional.empty(), List.of(marks),
                mark -> MarksExport.Where.at(mark.range().start().block() + 1, 0));
    }
}
