package quire.epub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import quire.story.Block;
import quire.story.Inline;
import quire.story.Story;
import quire.story.StoryException;
import quire.story.StoryMetadata;

/** AO3 works whose preface calibre split over several files: the consent screen and the text are as if it were one. */
class Ao3SplitPrefaceTest {

    static List<Arguments> books() {
        return List.of(Arguments.of("two parts", SplitPrefaceFixtures.twoParts()),
                Arguments.of("three parts", SplitPrefaceFixtures.threeParts()));
    }

    private static Story read(byte[] bytes) {
        try {
            return new EpubReader().read("almanac.epub", bytes);
        } catch (StoryException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("books")
    void everyPartOfThePrefaceReachesTheConsentScreen(String parts, byte[] book) {
        StoryMetadata m = read(book).metadata();
        assertThat(m.title()).contains("The Weir Keeper's Almanac");
        assertThat(m.author()).contains("reedwarbler");
        assertThat(m.rating()).contains("Teen And Up Audiences");
        assertThat(m.warnings()).containsExactly("Graphic Depictions Of Violence", "Major Character Death");
        assertThat(m.category()).contains("Gen");
        assertThat(m.fandom()).contains("Fenland Tales");
        assertThat(m.pairing()).contains("Marrow & Pell");
        assertThat(m.characters()).containsExactly("Marrow", "Pell", "The Lock Keeper");
        assertThat(m.tags()).containsExactly("Canals", "Weather Lore", "Found Family");
        assertThat(m.summary()).contains("Every flood is written down.\n\nSome are written down twice.");
        assertThat(m.notes()).contains("For the river, which kept its own counsel.");
        assertThat(m.words()).hasValue(4812);
        assertThat(m.otherFields()).containsEntry("Work URL", SplitPrefaceFixtures.WORK_URL).containsEntry("Chapters", "2/2");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("books")
    void theTextStartsWithChapterOneAndHoldsNoPreface(String parts, byte[] book) {
        Story story = read(book);
        assertThat(story.blocks().get(0))
                .isEqualTo(new Block.Heading(2, List.of(new Inline.Text("Chapter 1: High Water"))));
        assertThat(story.plainText()).contains("The water came up the lock steps one at a time.")
                .contains("By morning the weir had a new mark on it.")
                .doesNotContain("Every flood").doesNotContain("kept its own counsel").doesNotContain("Fenland Tales")
                .doesNotContain("reedwarbler").doesNotContain("Posted originally");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("books")
    void theHeadShowsWhatTheWholeStoryShows(String parts, byte[] book) throws StoryException {
        StoryMetadata head = new EpubReader().open("almanac.epub", book).head().metadata();
        assertThat(head).isEqualTo(read(book).metadata());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("books")
    void aSplitPrefaceReadsAsTheWholeOne(String parts, byte[] book) {
        Story whole = read(SplitPrefaceFixtures.onePart());
        Story split = read(book);
        assertThat(split.metadata()).isEqualTo(whole.metadata());
        assertThat(split.blocks()).isEqualTo(whole.blocks());
    }

    @Test
    void aChapterThatOpensWithTheWorksTitleAndSummaryIsNotTakenForThePreface() {
        String chapter = "<h1>The Weir Keeper's Almanac</h1>\n<p>by the river's reckoning it was spring.</p>\n"
                + "<p>Summary</p>\n<blockquote><p>What the lock keeper saw.</p></blockquote>\n<p>Marrow opened the gate.</p>";
        Story story = read(new EpubBuilder()
                .page("preface.html", EpubBuilder.xhtml("Preface", null, EpubFixtures.ao3Preface("<a href=\"x\">Major Character Death</a>")), "Preface")
                .page("chapter1.html", EpubBuilder.xhtml("One", null, chapter), "One").bytes());
        assertThat(story.plainText()).startsWith("The Weir Keeper's Almanac").contains("Marrow opened the gate.")
                .contains("What the lock keeper saw.");
    }

    @Test
    void aPrefaceInMoreFilesThanTheHeadsFirstPagesIsStillReadWhole() throws StoryException {
        byte[] book = new EpubBuilder()
                .page("preface_split_000.html", EpubBuilder.xhtml("Preface", null, "<dl><dt>Rating:</dt><dd>General Audiences</dd>"
                        + "<dt>Fandom:</dt><dd>Fenland Tales</dd></dl>"), "Preface")
                .page("preface_split_001.html", EpubBuilder.xhtml("Preface", null, "<dl><dt>Category:</dt><dd>Gen</dd></dl>"), null)
                .page("preface_split_002.html", EpubBuilder.xhtml("Preface", null, "<dl><dt>Language:</dt><dd>English</dd></dl>"), null)
                .page("preface_split_003.html", EpubBuilder.xhtml("Preface", null,
                        "<p>Summary</p><blockquote><p>Four files of preface.</p></blockquote>"), null)
                .page("chapter1.html", EpubBuilder.xhtml("One", null, "<p>The gate opened.</p>"), null).bytes();
        StoryMetadata head = new EpubReader().open("long.epub", book).head().metadata();
        assertThat(head.summary()).contains("Four files of preface.");
        assertThat(head).isEqualTo(read(book).metadata());
        assertThat(read(book).plainText()).isEqualTo("The gate opened.");
    }
}
