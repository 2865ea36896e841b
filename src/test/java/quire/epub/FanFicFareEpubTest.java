package quire.epub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import quire.story.Block;
import quire.story.ChapterLevel;
import quire.story.Inline;
import quire.story.Story;
import quire.story.StoryException;
import quire.story.StoryMetadata;

/** FanFicFare's EPUBs, fichub-style title pages and fanfiction.net's "Rated:" line. */
class FanFicFareEpubTest {

    private static Story read(byte[] bytes) {
        try {
            return new EpubReader().read("story.epub", bytes);
        } catch (StoryException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void theTitlePageGivesTheMetadataWithCategoryAsFandomAndGenreAsTags() {
        StoryMetadata m = read(EpubFixtures.fanFicFareEpub()).metadata();
        assertThat(m.title()).contains("Salt and Starlight");
        assertThat(m.author()).contains("quietgull");
        assertThat(m.fandom()).contains("Tidewater Saga");
        assertThat(m.category()).isEmpty();
        assertThat(m.tags()).containsExactly("Adventure", "Hurt/Comfort");
        assertThat(m.characters()).containsExactly("Mira Sol", "Captain Reyes");
        assertThat(m.pairing()).contains("Mira Sol/Captain Reyes");
        assertThat(m.rating()).contains("T");
        assertThat(m.warnings()).containsExactly("Shipwreck", "Injury");
        assertThat(m.words()).hasValue(1234);
        assertThat(m.summary()).contains("A navigator, a storm and a map drawn in salt.");
        assertThat(m.otherFields()).containsEntry("Status", "In-Progress").containsEntry("Language", "English")
                .containsEntry("Source", "https://www.fanfiction.net/s/7654321/1/")
                .containsEntry("Identifier", "fanficfare-uid:www.fanfiction.net-u1234-s7654321");
    }

    @Test
    void titleAndContentsPagesAreNotTextAndChapterNotesAreSetApart() {
        Story story = read(EpubFixtures.fanFicFareEpub());
        assertThat(story.plainText()).doesNotContain("Table of Contents").doesNotContain("Genre");
        assertThat(ChapterLevel.count(story.blocks())).isEqualTo(2);
        assertThat(story.blocks().get(0)).isEqualTo(new Block.Heading(3, List.of(new Inline.Text("Landfall"))));
        assertThat(story.blocks().get(1)).isInstanceOf(Block.BlockQuote.class);
        assertThat(story.blocks().get(1).plainText()).isEqualTo("Author's Note: Set after the storm arc.");
    }

    @Test
    void aFichubStyleTitlePageOfPlainLabelLines() {
        String page = "<h1>Paper Boats</h1><p>by rainlark</p><p>Fandoms: River Folk</p><p>Relationships: Oda &amp; Pim</p>"
                + "<p>Additional tags: Fluff, Rain</p><p>Categories: Gen</p><p>Rating: General Audiences</p>"
                + "<p>Summary:</p><p>Two boats, one puddle.</p><p>Status: Complete</p><p>Words: 812</p>";
        Story story = read(new EpubBuilder().page("title.xhtml", EpubBuilder.xhtml("t", null, page), "Title")
                .page("c1.xhtml", EpubBuilder.xhtml("c", null, "<p>Pim folded the paper.</p>"), "Chapter 1").bytes());
        StoryMetadata m = story.metadata();
        assertThat(m.fandom()).contains("River Folk");
        assertThat(m.pairing()).contains("Oda & Pim");
        assertThat(m.tags()).containsExactly("Fluff", "Rain");
        assertThat(m.category()).contains("Gen");
        assertThat(m.rating()).contains("General Audiences");
        assertThat(m.summary()).contains("Two boats, one puddle.");
        assertThat(m.words()).hasValue(812);
        assertThat(m.otherFields()).containsEntry("Status", "Complete");
        assertThat(story.plainText()).isEqualTo("Chapter 1\n\nPim folded the paper.");
    }

    @Test
    void fanfictionNetsRatedLine() {
        String page = "<p>Rated: Fiction M - English - Romance/Hurt/Comfort - [Lena K., Marco V.] Tess R. - Chapters: 12 - "
                + "Words: 45,678 - Reviews: 90 - Status: Complete - id: 1234567</p><p>It rained.</p>";
        StoryMetadata m = read(new EpubBuilder().page("a.xhtml", EpubBuilder.xhtml("t", null, page), null).bytes()).metadata();
        assertThat(m.rating()).contains("M");
        assertThat(m.tags()).containsExactly("Romance", "Hurt/Comfort");
        assertThat(m.pairing()).contains("Lena K./Marco V.");
        assertThat(m.characters()).containsExactly("Lena K.", "Marco V.", "Tess R.");
        assertThat(m.words()).hasValue(45678);
        assertThat(m.otherFields()).containsEntry("Language", "English").containsEntry("FanFiction id", "1234567")
                .containsEntry("Chapters", "12").containsEntry("Status", "Complete");
    }

    @Test
    void theOpfIsTheLastSourceAndItsDescriptionIsReadAsText() {
        Story story = read(new EpubBuilder().epub2().dc("title", "Only the OPF").dc("creator", "a").dc("language", "fr")
                .dc("description", "<p>One &amp; <b>two</b>.</p><p>Three.</p>").dc("source", "https://example.org/s/9")
                .dc("identifier", "urn:uuid:12345678-1234-1234-1234-123456789abc").subject("Drama").subject("Sea")
                .page("a.xhtml", EpubBuilder.xhtml("t", null, "<p>Body.</p>"), "One").bytes());
        StoryMetadata m = story.metadata();
        assertThat(m.title()).contains("Only the OPF");
        assertThat(m.summary()).contains("One & two.\n\nThree.");
        assertThat(m.tags()).containsExactly("Drama", "Sea");
        assertThat(m.otherFields()).containsEntry("Language", "fr").containsEntry("Source", "https://example.org/s/9")
                .doesNotContainKey("Identifier");
    }

    @Test
    void contentsTitlesComeFromTheNcxOrTheNavWhenAPageHasNoHeading() {
        for (EpubBuilder builder : List.of(new EpubBuilder(), new EpubBuilder().epub2())) {
            Story story = read(builder.page("a.xhtml", EpubBuilder.xhtml("t", null, "<p>One.</p>"), "The First")
                    .page("a2.xhtml", EpubBuilder.xhtml("t", null, "<p>Still one.</p>"), null)
                    .page("b.xhtml", EpubBuilder.xhtml("t", null, "<p>Two.</p>"), "The Second").bytes());
            assertThat(story.plainText()).isEqualTo("The First\n\nOne.\n\nStill one.\n\nThe Second\n\nTwo.");
            assertThat(ChapterLevel.count(story.blocks())).isEqualTo(2);
        }
    }
}
