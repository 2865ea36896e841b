package quire.marks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import quire.place.TextRange;
import quire.text.CopyText;

/** A story file changes under its marks; each mark finds its own words again, or says it cannot. */
class ReanchorTest {
    private static final List<String> STORY = List.of(
            "Chapter One",
            "Teh rain had not stopped for three days, and Xander was tired of it.",
            "\u201cYou\u2019re brooding,\u201d Spike said from the doorway, cigarette unlit between his fingers.",
            "Xander didn\u2019t answer. The window was grey, and the street below it was greyer.");

    private static Highlight highlightOf(List<String> story, String words) {
        for (int block = 0; block < story.size(); block++) {
            int at = story.get(block).indexOf(words);
            if (at >= 0) {
                TextRange range = TextRange.inBlock(block, at, at + words.length());
                return new Highlight("h1", range, TextQuote.of(story, range), MarkColour.GREEN, "a note", true);
            }
        }
        throw new AssertionError("not in the story: " + words);
    }

    private static List<String> changed(int block, String newText) {
        List<String> story = new ArrayList<>(STORY);
        story.set(block, newText);
        return story;
    }

    private static String wordsOf(List<String> story, Mark mark) {
        return CopyText.of(story, mark.range());
    }

    @Test
    void anUnchangedStoryKeepsEveryMarkWhereItWas() {
        Highlight mark = highlightOf(STORY, "Xander was tired of it");
        Reanchor.Result result = new Reanchor(STORY).find(mark);
        assertThat(result.how()).isEqualTo(Reanchor.How.EXACT);
        assertThat(result.mark()).isEqualTo(mark);
    }

    @Test
    void aTypoFixedBeforeTheMarkMovesItWithItsWords() {
        Highlight mark = highlightOf(STORY, "Xander was tired of it");
        List<String> fixed = changed(1, "The rain hadn\u2019t stopped for three whole days, and Xander was tired of it.");
        Reanchor.Result result = new Reanchor(fixed).find(mark);
        assertThat(result.how()).isEqualTo(Reanchor.How.QUOTE);
        assertThat(wordsOf(fixed, result.mark())).isEqualTo("Xander was tired of it");
        assertThat(((Highlight) result.mark()).note()).isEqualTo("a note");
        assertThat(result.mark().found()).isTrue();
    }

    @Test
    void aParagraphInsertedBeforeTheMarkMovesItToTheNextParagraph() {
        Highlight mark = highlightOf(STORY, "cigarette unlit between his fingers");
        List<String> longer = new ArrayList<>(STORY);
        longer.add(1, "A new opening paragraph the author added later.");
        Reanchor.Result result = new Reanchor(longer).find(mark);
        assertThat(result.how()).isEqualTo(Reanchor.How.QUOTE);
        assertThat(result.mark().range().start().block()).isEqualTo(3);
        assertThat(wordsOf(longer, result.mark())).isEqualTo("cigarette unlit between his fingers");
    }

    @Test
    void theSameWordsElsewhereAreToldApartByTheirContext() {
        List<String> story = List.of("and the street below it was greyer, said one.",
                "Xander didn\u2019t answer. The window was grey, and the street below it was greyer.");
        TextRange second = TextRange.inBlock(1, story.get(1).indexOf("the street"), story.get(1).indexOf(" was greyer"));
        Highlight mark = new Highlight("h", second, TextQuote.of(story, second), MarkColour.BLUE, "", true);
        List<String> edited = List.of("Intro.", story.get(0), story.get(1));
        Mark found = new Reanchor(edited).find(mark).mark();
        assertThat(found.range().start().block()).isEqualTo(2);
    }

    @Test
    void aRewordedSentenceIsFoundByACloseMatch() {
        Highlight mark = highlightOf(STORY, "The window was grey, and the street below it was greyer.");
        List<String> reworded = changed(3, "Xander didn\u2019t answer. The window was gray, and the street under it was grayer.");
        Reanchor.Result result = new Reanchor(reworded).find(mark);
        assertThat(result.how()).isEqualTo(Reanchor.How.FUZZY);
        assertThat(wordsOf(reworded, result.mark())).isEqualTo("The window was gray, and the street under it was grayer.");
        assertThat(result.mark().quote().exact()).isEqualTo(wordsOf(reworded, result.mark()));
    }

    @Test
    void deletedWordsAreKeptAsNotFoundAndNeverMovedOntoOtherWords() {
        Highlight mark = highlightOf(STORY, "cigarette unlit between his fingers");
        List<String> cut = changed(2, "\u201cYou\u2019re brooding,\u201d Spike said.");
        Reanchor.Result result = new Reanchor(cut).find(mark);
        assertThat(result.how()).isEqualTo(Reanchor.How.NOT_FOUND);
        assertThat(result.mark().found()).isFalse();
        assertThat(result.mark().range()).isEqualTo(mark.range());
        assertThat(result.mark().quote()).isEqualTo(mark.quote());
        assertThat(((Highlight) result.mark()).note()).isEqualTo("a note");
    }

    @Test
    void aCommonWordWithNoContextLeftIsNotGuessed() {
        List<String> story = List.of("He said no. She said no.");
        TextRange no = TextRange.inBlock(0, 8, 10);
        Highlight mark = new Highlight("h", no, TextQuote.of(story, no), MarkColour.PINK, "", true);
        List<String> rewritten = List.of("Completely different text: no, no, no, no.");
        assertThat(new Reanchor(rewritten).find(mark).how()).isEqualTo(Reanchor.How.NOT_FOUND);
    }

    @Test
    void aQuoteAcrossParagraphsIsFoundInOnePiece() {
        TextRange across = new TextRange(new quire.place.Anchor(1, 45), new quire.place.Anchor(2, 14));
        Highlight mark = new Highlight("h", across, TextQuote.of(STORY, across), MarkColour.YELLOW, "", true);
        List<String> longer = new ArrayList<>(STORY);
        longer.add(0, "Foreword.");
        Mark found = new Reanchor(longer).find(mark).mark();
        assertThat(wordsOf(longer, found)).isEqualTo(mark.quote().exact());
        assertThat(found.range().start().block()).isEqualTo(2);
        assertThat(found.range().end().block()).isEqualTo(3);
    }

    @Test
    void allKeepsStoryOrderAfterMoving() {
        Highlight late = highlightOf(STORY, "the street below");
        Highlight early = new Highlight("h0", TextRange.inBlock(1, 4, 8), TextQuote.of(STORY, TextRange.inBlock(1, 4, 8)),
                MarkColour.YELLOW, "", true);
        List<Mark> placed = new Reanchor(STORY).all(List.of(late, early));
        assertThat(placed).extracting(Mark::id).containsExactly("h0", "h1");
    }

    // ---- what the probe of issue 24 found: marks moved silently onto other words ----

    private static final List<String> BUNDLED_LIKE = List.of(
            "Spike smirked, bringing an unlit cigarette up to his mouth. \u201cCan\u2019t get everything, can you?\u201d he "
                    + "asked, the snick of the lighter reverberating in his ears. \u201cCan\u2019t have me, can you?\u201d",
            "Xander\u2019s lip curled, and his eyes flashed dangerously. \u201cWhat makes you think I want you? Actually, "
                    + "what makes you think anyone wants you? A vampire with soul doesn\u2019t have much going for him.\u201d");

    @Test
    void aChangedWordInsideNeverLandsOnTheSameWordsInAnotherSentence() {
        Highlight mark = highlightOf(BUNDLED_LIKE, "can you?\u201d he");
        List<String> edited = new ArrayList<>(BUNDLED_LIKE);
        edited.set(0, BUNDLED_LIKE.get(0).replace("everything, can you?\u201d he", "everything, can ya?\u201d he"));
        Reanchor.Result result = new Reanchor(edited).find(mark);
        assertThat(wordsOf(edited, result.mark())).isEqualTo("can ya?\u201d he");
        assertThat(result.mark().range().start().offset()).isEqualTo(edited.get(0).indexOf("can ya?"));
    }

    @Test
    void deletedWordsAreNotFoundRatherThanPlacedOnWordsLikeThem() {
        Highlight mark = highlightOf(BUNDLED_LIKE, "makes you think I want");
        List<String> edited = new ArrayList<>(BUNDLED_LIKE);
        edited.set(1, BUNDLED_LIKE.get(1).replace("makes you think I want", ""));
        Reanchor.Result result = new Reanchor(edited).find(mark);
        assertThat(result.how()).isEqualTo(Reanchor.How.NOT_FOUND);
        assertThat(result.mark().range()).isEqualTo(mark.range());
    }

    @Test
    void theSameWordAtTheSamePlaceOfAnotherParagraphIsNotTheMarkedOne() {
        List<String> story = List.of("Willow said the spell twice, slowly, and then once more.", "Then it was dark.");
        TextRange said = TextRange.inBlock(0, 7, 11);
        Highlight mark = new Highlight("h", said, TextQuote.of(story, said), MarkColour.PINK, "", true);
        List<String> edited = List.of("Buffy, said nothing at all for a long while.", story.get(0), story.get(1));
        assertThat(edited.get(0).substring(7, 11)).isEqualTo("said");
        Reanchor.Result result = new Reanchor(edited).find(mark);
        assertThat(result.how()).isEqualTo(Reanchor.How.QUOTE);
        assertThat(result.mark().range()).isEqualTo(TextRange.inBlock(1, 7, 11));
    }

    @Test
    void aOneWordHighlightWhoseWordIsUniqueIsFoundAfterATypoBesideIt() {
        Highlight mark = highlightOf(STORY, "cigarette");
        List<String> fixed = changed(2, STORY.get(2).replace("doorway, cigarette", "doorway,  cigarette"));
        Reanchor.Result result = new Reanchor(fixed).find(mark);
        assertThat(result.mark().found()).isTrue();
        assertThat(wordsOf(fixed, result.mark())).isEqualTo("cigarette");
    }

    @Test
    void aWordChangedInsideKeepsTheWholeHighlight() {
        Highlight mark = highlightOf(STORY, "cigarette unlit between his fingers");
        List<String> edited = changed(2, STORY.get(2).replace("unlit", "still unlit"));
        Reanchor.Result result = new Reanchor(edited).find(mark);
        assertThat(result.how()).isEqualTo(Reanchor.How.FUZZY);
        assertThat(wordsOf(edited, result.mark())).isEqualTo("cigarette still unlit between his fingers");
    }

    @Test
    void straightenedQuotesKeepEveryMarkInPlaceWithItsNewQuote() {
        Highlight mark = highlightOf(STORY, "\u201cYou\u2019re brooding,\u201d Spike said");
        List<String> straight = STORY.stream().map(StoryEdit::straightened).toList();
        Reanchor.Result result = new Reanchor(straight).find(mark);
        assertThat(result.mark().range()).isEqualTo(mark.range());
        assertThat(result.mark().quote().exact()).isEqualTo("\"You're brooding,\" Spike said");
    }

    @Test
    void wordsThatStoodTwiceAreNotFollowedFarAway() {
        String refrain = "and the bells rang out over the ruined town, once for every soul";
        String filler = "Nothing happened for a long while. ".repeat(120);
        List<String> story = List.of(refrain, filler, refrain);
        TextRange first = TextRange.inBlock(0, 8, 13);
        Highlight mark = new Highlight("h", first, TextQuote.of(story, first), MarkColour.BLUE, "", true);
        assertThat(mark.quote().copies()).isEqualTo(2);
        List<String> edited = List.of("A new beginning.", filler, refrain); // the marked copy is gone
        assertThat(new Reanchor(edited).find(mark).how()).isEqualTo(Reanchor.How.NOT_FOUND);
    }

    @Test
    void aParagraphMovedFarTakesItsUniqueMarkWithIt() {
        String moving = "Willow wove the last of the wards around the crypt door.";
        String filler = "Nothing happened for a long while. ".repeat(120);
        List<String> story = List.of(moving, filler, "The end.");
        TextRange wards = TextRange.inBlock(0, 20, 36);
        Highlight mark = new Highlight("h", wards, TextQuote.of(story, wards), MarkColour.BLUE, "", true);
        List<String> edited = List.of(filler, "The end.", moving);
        Reanchor.Result result = new Reanchor(edited).find(mark);
        assertThat(result.mark().range()).isEqualTo(TextRange.inBlock(2, 20, 36));
    }
}
