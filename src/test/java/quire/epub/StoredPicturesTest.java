package quire.epub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import quire.story.Block;
import quire.story.Story;
import quire.story.StoryException;

/** Pictures stored in a book become picture blocks; every other image stays its alt text. */
class StoredPicturesTest {

    private static List<Block> book(String body, String pictureName, byte[] picture) throws StoryException {
        return new EpubReader().read("p.epub", new EpubBuilder()
                .page("text/c1.xhtml", EpubBuilder.xhtml("One", null, body), "One")
                .entry("OEBPS/" + pictureName, picture).bytes()).blocks();
    }

    private static List<Block.Image> pictures(List<Block> blocks) {
        return blocks.stream().filter(b -> b instanceof Block.Image).map(b -> (Block.Image) b).toList();
    }

    @Test
    void theStyledLettersChartIsAPictureAndTheMuseumsRemoteMapItsAltText() throws StoryException {
        Story story = new EpubReader().read("styled.epub", EpubFixtures.styledEpub());
        List<Block.Image> charts = pictures(story.blocks());
        assertThat(charts).hasSize(1);
        assertThat(charts.get(0).alt()).isEqualTo("A chart of the harbour, the north point marked with a cross");
        assertThat(charts.get(0).picture().width()).isEqualTo(480);
        assertThat(charts.get(0).picture().height()).isEqualTo(320);
        assertThat(story.plainText()).contains("could not get: [the museum's map] stays on their wall.");
    }

    @Test
    void aPictureInsideAParagraphSplitsItKeepingTheWordsEitherSide() throws StoryException {
        List<Block> blocks = book("<p>Before the map <img src=\"../images/m.png\" alt=\"The map\"/> and after it.</p>",
                "images/m.png", TestImages.chart(60, 40));
        assertThat(blocks).extracting(Block::plainText).containsExactly("One", "Before the map", "The map", "and after it.");
        assertThat(blocks.get(2)).isInstanceOf(Block.Image.class);
    }

    @Test
    void anImageWhoseFileIsMissingOrNotAPictureKeepsItsAltText() throws StoryException {
        List<Block> missing = book("<p>See <img src=\"gone.png\" alt=\"[a lost map]\"/>.</p>", "images/m.png",
                TestImages.chart(60, 40));
        assertThat(pictures(missing)).isEmpty();
        assertThat(missing.get(1).plainText()).isEqualTo("See [a lost map].");
        List<Block> svg = book("<p>See <img src=\"m.svg\" alt=\"[a drawn map]\"/>.</p>", "text/m.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8));
        assertThat(pictures(svg)).isEmpty();
        assertThat(svg.get(1).plainText()).isEqualTo("See [a drawn map].");
    }

    @Test
    void anSvgCoverWrapperAroundOneStoredImageIsThatPicture() throws StoryException {
        String cover = "<div><svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                + "viewBox=\"0 0 60 40\"><image width=\"60\" height=\"40\" xlink:href=\"../cover.png\"/></svg></div>"
                + "<p>Text.</p>";
        List<Block> blocks = book(cover, "cover.png", TestImages.chart(60, 40));
        assertThat(pictures(blocks)).hasSize(1);
        assertThat(pictures(blocks).get(0).alt()).isEmpty();
    }

    @Test
    void aPictureShownTwiceIsReadOnceAndShared() throws StoryException {
        List<Block> blocks = book("<p><img src=\"../d.png\" alt=\"~\"/></p><p>Between.</p><p><img src=\"../d.png\" alt=\"~\"/></p>",
                "d.png", TestImages.chart(30, 10));
        List<Block.Image> shown = pictures(blocks);
        assertThat(shown).hasSize(2);
        assertThat(shown.get(0).picture()).isSameAs(shown.get(1).picture());
    }

    @Test
    void aBookOfOnlyPicturesOpensAsOne() throws StoryException {
        List<Block> blocks = book("<p><img src=\"../p.png\"/></p>", "p.png", TestImages.chart(60, 40));
        assertThat(pictures(blocks)).hasSize(1);
    }

    @Test
    void anHtmlPageShowsItsDataAddressPicturesButNeverReadsAFileBesideIt() throws StoryException {
        String data = "data:image/png;base64," + Base64.getMimeEncoder().encodeToString(TestImages.chart(90, 30));
        String page = "<!DOCTYPE html><html><body><p>A <img src=\"" + data + "\" alt=\"a strip of sea\"/> b</p>"
                + "<p><img src=\"harbour.png\" alt=\"[beside the page]\"/></p>"
                + "<p><img src=\"data:text/plain;base64,aGVsbG8=\" alt=\"[text]\"/></p></body></html>";
        Story story = new HtmlStoryReader().read("s.html", page.getBytes(StandardCharsets.UTF_8));
        assertThat(pictures(story.blocks())).singleElement().satisfies(p -> {
            assertThat(p.alt()).isEqualTo("a strip of sea");
            assertThat(p.picture().width()).isEqualTo(90);
        });
        assertThat(story.plainText()).contains("[beside the page]").contains("[text]");
    }
}
