package quire.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What each Markdown construct a fanfic uses becomes in our model. */
class MarkdownBodyTest {
    private static List<Block> parse(String markdown) {
        return MarkdownBody.parse(markdown);
    }

    private static Inline.Text text(String s) {
        return new Inline.Text(s);
    }

    @Test
    void paragraphsWithEmphasisStrongAndCode() {
        assertThat(parse("He was *not* going to say **that** or `this`.")).containsExactly(new Block.Paragraph(List.of(
                text("He was "), new Inline.Emphasis(List.of(text("not"))), text(" going to say "),
                new Inline.Strong(List.of(text("that"))), text(" or "), new Inline.Code("this"), text("."))));
    }

    @Test
    void headingsAreChapters() {
        assertThat(parse("# Chapter One\n\nText.\n\nPart Two\n--------\n")).containsExactly(
                new Block.Heading(1, List.of(text("Chapter One"))),
                new Block.Paragraph(List.of(text("Text."))),
                new Block.Heading(2, List.of(text("Part Two"))));
    }

    @Test
    void sceneBreaksKeepTheAuthorsMarker() {
        assertThat(parse("One.\n\n* * *\n\nTwo.\n\n---\n\nThree.\n\n~o~\n\nFour.\n\noOo\n\nFive."))
                .filteredOn(Block.SceneBreak.class::isInstance)
                .containsExactly(new Block.SceneBreak("* * *"), new Block.SceneBreak("---"),
                        new Block.SceneBreak("~o~"), new Block.SceneBreak("oOo"));
    }

    @Test
    void aLineOfTildesIsASceneBreakNotACodeFence() {
        List<Block> blocks = parse("Before.\n\n~~~\n\n*After* the break.\n\nAnd more.");
        assertThat(blocks).hasSize(4);
        assertThat(blocks.get(1)).isEqualTo(new Block.SceneBreak("~~~"));
        assertThat(blocks.get(2).plainText()).isEqualTo("After the break.");
    }

    @Test
    void indentedParagraphsAreProseNotCode() {
        List<Block> blocks = parse("    He said nothing.\n\n    She left.");
        assertThat(blocks).containsExactly(new Block.Paragraph(List.of(text("He said nothing."))),
                new Block.Paragraph(List.of(text("She left."))));
        assertThat(parse("```\ncode *stays*\n```").get(0)).isEqualTo(new Block.Preformatted("code *stays*"));
    }

    @Test
    void hardAndSoftBreaks() {
        assertThat(parse("first line  \nsecond\nthird").get(0).plainText()).isEqualTo("first line\nsecond third");
    }

    @Test
    void blockQuotesAndLists() {
        List<Block> blocks = parse("> a letter\n> signed\n\n1. one\n2. two\n\n- dash\n");
        assertThat(blocks.get(0)).isEqualTo(new Block.BlockQuote(List.of(
                new Block.Paragraph(List.of(text("a letter signed"))))));
        assertThat(blocks.get(1)).isInstanceOfSatisfying(Block.ListBlock.class, list -> {
            assertThat(list.ordered()).isTrue();
            assertThat(list.start()).isEqualTo(1);
            assertThat(list.items()).hasSize(2);
        });
        assertThat(blocks.get(2)).isInstanceOfSatisfying(Block.ListBlock.class,
                list -> assertThat(list.ordered()).isFalse());
    }

    @Test
    void undefinedReferenceBracketsStayAsWritten() {
        assertThat(parse("Written for [profile] fall_for_sx and [a][b].").get(0).plainText())
                .isEqualTo("Written for [profile] fall_for_sx and [a][b].");
    }

    @Test
    void escapesAndEntitiesAreResolved() {
        assertThat(parse("\\*not emphasis\\* &amp; caf&eacute;").get(0).plainText())
                .isEqualTo("*not emphasis* & caf\u00e9");
    }

    @Test
    void typographyIsNeverChanged() {
        String author = "\u201cWell...\u201d -- he said 'twas so\u2026";
        assertThat(parse(author).get(0).plainText()).isEqualTo(author);
    }

    @Test
    void absurdNestingIsKeptAsTextNotACrash() {
        String deep = ">".repeat(5000) + " deep";
        assertThat(Block.plainText(parse(deep))).contains("deep");
        String emphasis = "*".repeat(3000) + "x" + "*".repeat(3000);
        assertThat(Block.plainText(parse(emphasis))).contains("x");
    }
}
