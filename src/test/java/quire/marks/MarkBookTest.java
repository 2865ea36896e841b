package quire.marks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import quire.place.Anchor;
import quire.place.TextRange;

class MarkBookTest {
    private static final List<String> STORY = List.of("One two three four five six seven eight nine ten.",
            "Second paragraph of the story, with more words in it than the first one has, by far.");

    @Test
    void aHighlightQuotesWordsNotTheSpacesAroundThem() {
        assertThat(MarkBook.EMPTY.highlight(TextRange.inBlock(0, 3, 4), STORY, "a").highlights())
                .as("a double-click on the space between two words").isEmpty();
        MarkBook book = MarkBook.EMPTY.highlight(TextRange.inBlock(0, 3, 8), STORY, "a");
        assertThat(book.highlights()).singleElement().extracting(Highlight::range).isEqualTo(TextRange.inBlock(0, 4, 7));
        TextRange acrossParagraphs = TextRange.between(new quire.place.Anchor(0, 46), new quire.place.Anchor(1, 0));
        assertThat(MarkBook.EMPTY.highlight(acrossParagraphs, STORY, "b").highlights()).singleElement()
                .extracting(Highlight::range).isEqualTo(TextRange.inBlock(0, 46, 49));
    }

    @Test
    void highlightingTheSameWordsAgainCyclesTheColourThroughAllFour() {
        TextRange words = TextRange.inBlock(0, 4, 13);
        MarkBook book = MarkBook.EMPTY.highlight(words, STORY, "a");
        assertThat(book.highlights()).singleElement().extracting(Highlight::colour).isEqualTo(MarkColour.YELLOW);
        for (MarkColour expected : List.of(MarkColour.GREEN, MarkColour.BLUE, MarkColour.PINK, MarkColour.YELLOW)) {
            book = book.highlight(TextRange.inBlock(0, 5, 8), STORY, "b");
            assertThat(book.highlights()).singleElement().extracting(Highlight::colour).isEqualTo(expected);
        }
        assertThat(book.highlights().get(0).quote().exact()).isEqualTo("two three");
    }

    @Test
    void overlappingHighlightsJoinIntoOneKeepingNotes() {
        MarkBook book = MarkBook.EMPTY.highlight(TextRange.inBlock(0, 0, 7), STORY, "a")
                .highlight(TextRange.inBlock(0, 14, 23), STORY, "b");
        book = book.with(((Highlight) book.byId("b").orElseThrow()).withNote("a note"));
        book = book.highlight(TextRange.inBlock(0, 4, 18), STORY, "c");
        assertThat(book.highlights()).singleElement().satisfies(h -> {
            assertThat(h.quote().exact()).isEqualTo("One two three four five");
            assertThat(h.note()).isEqualTo("a note");
        });
    }

    @Test
    void highlightsStayInStoryOrderAndApart() {
        MarkBook book = MarkBook.EMPTY.highlight(TextRange.inBlock(1, 0, 6), STORY, "late")
                .highlight(TextRange.inBlock(0, 0, 3), STORY, "early");
        assertThat(book.highlights()).extracting(Highlight::id).containsExactly("early", "late");
    }

    @Test
    void aBookmarkTogglesAndQuotesThePagesFirstWholeWords() {
        TextRange page = new TextRange(new Anchor(1, 0), new Anchor(1, 80));
        MarkBook book = MarkBook.EMPTY.toggleBookmark(page, STORY, "b");
        Bookmark mark = book.bookmarks().get(0);
        assertThat(mark.quote().exact()).isEqualTo("Second paragraph of the story, with more words in it than");
        assertThat(book.bookmarkIn(page)).isPresent();
        assertThat(book.bookmarkIn(TextRange.inBlock(0, 0, 40))).isEmpty();
        assertThat(book.toggleBookmark(page, STORY, "c").marks()).isEmpty();
    }

    @Test
    void aMarkNotFoundIsPlacedAgainOnTheChosenWordsWithItsColourAndNote() {
        Highlight lost = new Highlight("lost", TextRange.inBlock(0, 0, 3), new TextQuote("", "Uno", " two"),
                MarkColour.PINK, "My note.", false);
        Bookmark lostPage = new Bookmark("page", TextRange.inBlock(0, 0, 3), new TextQuote("", "Uno", ""), false);
        MarkBook book = new MarkBook(List.of(lost, lostPage));
        MarkBook placed = book.placeAgain("lost", TextRange.inBlock(0, 3, 14), STORY); // " two three " less its spaces
        Highlight now = (Highlight) placed.byId("lost").orElseThrow();
        assertThat(now.found()).isTrue();
        assertThat(now.quote().exact()).isEqualTo("two three");
        assertThat(now.colour()).isEqualTo(MarkColour.PINK);
        assertThat(now.note()).isEqualTo("My note.");
        Bookmark page = (Bookmark) placed.placeAgain("page", TextRange.inBlock(1, 7, 16), STORY).byId("page").orElseThrow();
        assertThat(page.found()).isTrue();
        assertThat(page.range().start()).isEqualTo(new Anchor(1, 7));
        assertThat(book.placeAgain("lost", TextRange.inBlock(0, 3, 4), STORY)).as("only a space chosen").isEqualTo(book);
    }

    @Test
    void aMarkPlacedOverAnotherHighlightJoinsItKeepingBothNotes() {
        MarkBook book = MarkBook.EMPTY.highlight(TextRange.inBlock(0, 4, 13), STORY, "here");
        book = book.with(book.highlights().get(0).withNote("Here already."))
                .with(new Highlight("lost", TextRange.inBlock(1, 0, 6), new TextQuote("", "Second", " p"),
                        MarkColour.BLUE, "Came back.", false));
        MarkBook placed = book.placeAgain("lost", TextRange.inBlock(0, 8, 23), STORY);
        assertThat(placed.highlights()).singleElement().satisfies(h -> {
            assertThat(h.id()).isEqualTo("lost");
            assertThat(h.quote().exact()).isEqualTo("two three four five");
            assertThat(h.colour()).isEqualTo(MarkColour.BLUE);
            assertThat(h.note()).isEqualTo("Came back.\n\nHere already.");
        });
    }
}
