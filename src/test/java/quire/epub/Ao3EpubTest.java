package quire.epub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import quire.story.Block;
import quire.story.ChapterLevel;
import quire.story.Story;
import quire.story.StoryMetadata;

/** AO3's downloads, EPUB and HTML, as the consent screen and the reader see them. */
class Ao3EpubTest {
    private final Story epub = read(EpubFixtures.ao3Epub());

    private static Story read(byte[] bytes) {
        try {
            return new EpubReader().read("ledger.epub", bytes);
        } catch (quire.story.StoryException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void thePrefaceGivesTheTagsByTheirRowNames() {
        StoryMetadata m = epub.metadata();
        assertThat(m.title()).contains("The Lamplighter's Ledger");
        assertThat(m.author()).contains("inkwell_otter");
        assertThat(m.rating()).contains("Mature");
        assertThat(m.warnings()).containsExactly("Graphic Depictions Of Violence", "Major Character Death");
        assertThat(m.category()).contains("F/M");
        assertThat(m.fandom()).contains("Harbour Town Chronicles");
        assertThat(m.pairing()).contains("Ada Quill/Tobias Fenn");
        assertThat(m.characters()).containsExactly("Ada Quill", "Tobias Fenn", "The Harbourmaster");
        assertThat(m.tags()).containsExactly("Slow Burn", "Lighthouses", "Found Family");
        assertThat(m.summary()).contains("Ada keeps the lamps.\n\nTobias keeps the books.");
        assertThat(m.notes()).contains("Written for a winter exchange.");
        assertThat(m.endNotes()).contains("The ledger balances at last.");
        assertThat(m.words()).hasValue(3210);
        assertThat(m.otherFields()).containsEntry("Language", "English").containsEntry("Series", "Part 2 of Harbour Lights")
                .containsEntry("Chapters", "2/3").containsEntry("Work URL", EpubFixtures.WORK_URL)
                .as("the OPF's dc:source is the same address").doesNotContainKey("Source");
    }

    @Test
    void classesAreNotNeededOnlyTheRowNames() {
        String renamed = EpubFixtures.ao3Preface("<a href=\"x\">Major Character Death</a>")
                .replace("id=\"preface\"", "class=\"calibre1\"").replace("class=\"tags\"", "class=\"calibre2\"")
                .replace("class=\"meta\"", "class=\"calibre3\"");
        Story story = read(new EpubBuilder()
                .page("a.xhtml", EpubBuilder.xhtml("p", null, renamed), null)
                .page("b.xhtml", EpubBuilder.xhtml("c", null, "<p>Text.</p>"), null).bytes());
        assertThat(story.metadata().warnings()).containsExactly("Major Character Death");
        assertThat(story.metadata().rating()).contains("Mature");
        assertThat(story.plainText()).isEqualTo("Text.");
    }

    @Test
    void thePrefaceAndAfterwordAreNotStoryText() {
        assertThat(epub.plainText()).doesNotContain("Posted originally").doesNotContain("Archive Warning")
                .doesNotContain("Preface").doesNotContain("drop by the archive").doesNotContain("See the end of");
    }

    @Test
    void chaptersKeepTheirHeadingsAndTheirNotesSetApart() {
        List<Block> blocks = epub.blocks();
        assertThat(ChapterLevel.count(blocks)).isEqualTo(2);
        assertThat(blocks.get(0)).isEqualTo(new Block.Heading(2, List.of(new quire.story.Inline.Text("Chapter 1: Quay Street"))));
        assertThat(blocks.get(1)).isInstanceOf(Block.BlockQuote.class);
        assertThat(blocks.get(1).plainText()).isEqualTo("Chapter Summary\n\nIn which the lamps are counted (1).");
        assertThat(blocks.get(2).plainText()).isEqualTo("Chapter Notes\n\nThank you for reading chapter 1.");
        assertThat(blocks.get(3).plainText()).isEqualTo("The first lamp on Quay Street went out at exactly nine.");
        assertThat(blocks).contains(new Block.SceneBreak("* * *"), new Block.SceneBreak("---"));
        Block endOfChapterOne = blocks.get(blocks.indexOf(new Block.SceneBreak("* * *")) + 2);
        assertThat(endOfChapterOne).isInstanceOf(Block.BlockQuote.class);
        assertThat(endOfChapterOne.plainText()).isEqualTo("Chapter End Notes\n\nMore soon (1).");
    }

    @Test
    void theWorksEndNotesCloseTheStorySetApart() {
        Block last = epub.blocks().get(epub.blocks().size() - 1);
        assertThat(last).isInstanceOf(Block.BlockQuote.class);
        assertThat(last.plainText()).isEqualTo("End Notes\n\nThe ledger balances at last.");
    }

    @Test
    void theOneFileHtmlDownloadReadsTheSame() throws Exception {
        Story html = new HtmlStoryReader().read("ledger.html", EpubFixtures.ao3Html().getBytes(StandardCharsets.UTF_8));
        assertThat(html.metadata().warnings()).containsExactly("No Archive Warnings Apply");
        assertThat(html.metadata().title()).contains("The Lamplighter's Ledger");
        assertThat(html.metadata().otherFields()).containsEntry("Work URL", EpubFixtures.WORK_URL);
        assertThat(html.blocks()).isEqualTo(epub.blocks());
    }

    @Test
    void aNoBreakSpaceIsKept() {
        assertThat(epub.plainText()).contains("again,\u00a0neater.");
    }
}
