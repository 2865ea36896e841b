package quire.marks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quire.layout.TextRange;

class MarksExportTest {
    private static final List<String> STORY = List.of(
            "\u201cYou\u2019re brooding\u2026\u201d Spike said \u2014 softly.",
            "Xander didn\u2019t answer.  Two spaces, as the author typed them.");

    @Test
    void quotesAreTheAuthorsExactWordsInStoryOrderWithPageAndNote() {
        TextRange second = TextRange.inBlock(1, 0, STORY.get(1).length());
        TextRange across = new TextRange(new quire.layout.Anchor(0, 0), new quire.layout.Anchor(1, 6));
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
}
