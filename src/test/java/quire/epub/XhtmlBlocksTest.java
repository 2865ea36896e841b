package quire.epub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import quire.story.Block;
import quire.story.Inline;

/** What each piece of (X)HTML becomes on Quire's pages. */
class XhtmlBlocksTest {

    private static List<Block> xhtml(String body) {
        return XhtmlBlocks.of(Markup.body(Markup.xml(EpubBuilder.xhtml("t", null, body).getBytes(StandardCharsets.UTF_8))));
    }

    private static List<Block> html(String body) {
        return XhtmlBlocks.of(Markup.body(Markup.html(("<!DOCTYPE html><html><body>" + body).getBytes(StandardCharsets.UTF_8))));
    }

    private static Block.Paragraph para(Inline... spans) {
        return new Block.Paragraph(List.of(spans));
    }

    private static Inline.Text text(String text) {
        return new Inline.Text(text);
    }

    @Test
    void paragraphsHeadingsAndEmphasis() {
        assertThat(xhtml("<h1>Title</h1><p>One <em>two</em> <i>three</i> <strong>four</strong> <b>five</b>.</p>"))
                .containsExactly(new Block.Heading(1, List.of(text("Title"))),
                        para(text("One "), new Inline.Emphasis(List.of(text("two"))), text(" "),
                                new Inline.Emphasis(List.of(text("three"))), text(" "), new Inline.Strong(List.of(text("four"))),
                                text(" "), new Inline.Strong(List.of(text("five"))), text(".")));
    }

    @Test
    void whiteSpaceCollapsesAsInABrowserButNoBreakSpacesStay() {
        assertThat(xhtml("<p>\n   Tea \t and\n\n  toast&#160;&#160;at  <em> ten </em> .  </p>"))
                .containsExactly(para(text("Tea and toast\u00a0\u00a0at "), new Inline.Emphasis(List.of(text("ten"))), text(" .")));
        assertThat(xhtml("<p>a&nbsp;b</p>")).containsExactly(para(text("a\u00a0b")));
    }

    @Test
    void lineBreaksAndScenesBreaks() {
        assertThat(xhtml("<p>Roses<br/>  are red</p><hr/><p class=\"center\">~ ~ ~</p><p>...</p><div>***</div>"))
                .containsExactly(para(text("Roses"), new Inline.HardBreak(), text("are red")), new Block.SceneBreak("---"),
                        new Block.SceneBreak("~ ~ ~"), para(text("...")), new Block.SceneBreak("***"));
    }

    @Test
    void quotesListsAndPreformattedText() {
        assertThat(xhtml("<blockquote><p>Said.</p></blockquote><ol start=\"3\"><li>c</li><li><p>d</p></li></ol>"
                + "<ul><li>x</li></ul><pre>  two\n    lines</pre>"))
                .containsExactly(new Block.BlockQuote(List.of(para(text("Said.")))),
                        new Block.ListBlock(true, 3, List.of(new Block.ListItem(List.of(para(text("c")))),
                                new Block.ListItem(List.of(para(text("d")))))),
                        new Block.ListBlock(false, 1, List.of(new Block.ListItem(List.of(para(text("x")))))),
                        new Block.Preformatted("  two\n    lines"));
    }

    @Test
    void divsAreContainersAndLooseTextIsAParagraph() {
        assertThat(xhtml("<div><div>Loose <b>text</b><p>Then a paragraph.</p>tail</div></div>"))
                .containsExactly(para(text("Loose "), new Inline.Strong(List.of(text("text")))),
                        para(text("Then a paragraph.")), para(text("tail")));
    }

    @Test
    void tablesBecomeRows() {
        assertThat(xhtml("<table><tr><td><b>Rating:</b></td><td>Teen</td></tr><tr><td>a</td><td>b</td><td></td></tr></table>"))
                .containsExactly(para(new Inline.Strong(List.of(text("Rating:"))), text(" "), text("Teen")),
                        para(text("a"), text(" | "), text("b")));
    }

    @Test
    void imagesBecomeTheirAltTextLinksTheirTextAndScriptsAndStylesNothing() {
        assertThat(xhtml("<p><img src=\"http://example.org/x.png\" alt=\"A map of the bay\"/></p>"
                + "<p>See <a href=\"http://example.org\">the map</a>.</p><script>alert(1)</script><style>p{}</style>"
                + "<p><img src=\"deco.png\"/></p>"))
                .containsExactly(para(text("A map of the bay")), para(text("See "), new Inline.Link(List.of(text("the map"))), text(".")));
    }

    @Test
    void underlineStrikeSuperscriptAndSubscriptGetTheirOwnKinds() {
        assertThat(xhtml("<p><u>under</u> <ins>added</ins> <s>struck</s> <strike>old</strike> <del>gone</del>"
                + " x<sup>2</sup> H<sub>2</sub>O</p>"))
                .containsExactly(para(new Inline.Underline(List.of(text("under"))), text(" "),
                        new Inline.Underline(List.of(text("added"))), text(" "),
                        new Inline.Strikethrough(List.of(text("struck"))), text(" "),
                        new Inline.Strikethrough(List.of(text("old"))), text(" "),
                        new Inline.Strikethrough(List.of(text("gone"))), text(" x"),
                        new Inline.Superscript(List.of(text("2"))), text(" H"), new Inline.Subscript(List.of(text("2"))),
                        text("O")));
    }

    /** Quire reads no CSS: a span styled to look underlined is plain text, and the text is all kept. */
    @Test
    void stylesInCssAreNotReadAndNestedKindsKeepTheirText() {
        assertThat(xhtml("<p><span style=\"text-decoration: underline\">plain</span> <u><i>both</i></u></p>"))
                .containsExactly(para(text("plain"), text(" "), new Inline.Underline(List.of(new Inline.Emphasis(List.of(text("both")))))));
        List<Block> blocks = html("<p>E = mc<sup>2</sup>, <del>never</del> <u>always</u>.</p>");
        assertThat(Block.plainText(blocks)).isEqualTo("E = mc2, never always.");
    }

    private static Block.Paragraph aligned(Block.Alignment alignment, String text) {
        return new Block.Paragraph(List.of(text(text)), alignment);
    }

    @Test
    void centredAndRightAlignedParagraphsAsStoriesWriteThem() {
        assertThat(xhtml("<p align=\"center\">a</p><center>b</center><div align=\"right\">c</div>"
                + "<p style=\"text-align: center\">d</p><p style=\"color: red; TEXT-ALIGN:right !important;\">e</p>"
                + "<div style=\"text-align:center\"><p>f</p><p align=\"left\">g</p></div><p>h</p>"))
                .containsExactly(aligned(Block.Alignment.CENTRE, "a"), aligned(Block.Alignment.CENTRE, "b"),
                        aligned(Block.Alignment.RIGHT, "c"), aligned(Block.Alignment.CENTRE, "d"),
                        aligned(Block.Alignment.RIGHT, "e"), aligned(Block.Alignment.CENTRE, "f"),
                        aligned(Block.Alignment.NORMAL, "g"), aligned(Block.Alignment.NORMAL, "h"));
    }

    /** Only {@code text-align} in a style attribute is read: classes, other declarations and stylesheets are not. */
    @Test
    void noOtherCssIsReadAndCentredSceneBreaksStaySceneBreaks() {
        assertThat(xhtml("<p class=\"center\">a</p><p style=\"margin-left: 50%\">b</p>"
                + "<p style=\"text-align: justify\">c</p><span align=\"center\">d</span>"
                + "<p style=\"text-align: center\">* * *</p>"))
                .containsExactly(aligned(Block.Alignment.NORMAL, "a"), aligned(Block.Alignment.NORMAL, "b"),
                        aligned(Block.Alignment.NORMAL, "c"), aligned(Block.Alignment.NORMAL, "d"),
                        new Block.SceneBreak("* * *"));
    }

    @Test
    void malformedHtmlIsReadLeniently() {
        assertThat(html("<p>One<p>Two <i>three<p>four</b></div>")).extracting(Block::plainText)
                .containsExactly("One", "Two three", "four");
        assertThat(xhtml("<p>open <em>never closed</p><p>next")).extracting(Block::plainText).isNotEmpty();
    }

    /** Read as XML, an unclosed void element holds what follows it: that text is still the story's. */
    @Test
    void textAfterAnUnclosedBreakOrRuleIsKept() {
        assertThat(xhtml("<p>one<br>two</p><hr><p>three</p>")).extracting(Block::plainText)
                .containsExactly("one\ntwo", "---", "three");
        assertThat(xhtml("<div>a<br>b<img alt=\"pic\">c</div>")).extracting(Block::plainText).containsExactly("a\nbpicc");
    }

    @Test
    void anEmptyXhtmlElementStaysEmpty() {
        assertThat(xhtml("<p>One</p><p/><a id=\"x\"/><p>Two</p>")).extracting(Block::plainText).containsExactly("One", "Two");
    }

    @Test
    void aBlockInsideASpanStillBreaksTheParagraph() {
        assertThat(xhtml("<span>before<p>inside</p></span>")).extracting(Block::plainText).containsExactly("before", "inside");
    }

    @Test
    void deepNestingKeepsItsTextWithoutOverflowingTheStack() {
        String deep = "<div>".repeat(5000) + "deep words" + "</div>".repeat(5000);
        assertThat(xhtml(deep)).extracting(Block::plainText).containsExactly("deep words");
    }
}
