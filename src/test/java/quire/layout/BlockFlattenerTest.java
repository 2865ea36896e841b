package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import quire.story.Block;
import quire.story.Inline;
import quire.story.Story;
import quire.story.StoryMetadata;

/** Flattening keeps a long story's text once: a one-span block shares its span's string. */
class BlockFlattenerTest {
    private static List<LeafBlock> flatten(Block... blocks) {
        return BlockFlattener.flatten(new Story("s.md", "h", StoryMetadata.empty(), List.of(blocks)));
    }

    @Test
    void aPlainParagraphSharesItsTextWithTheStory() {
        String words = new String("A plain paragraph, as most of a story's are.".toCharArray());
        List<LeafBlock> leaves = flatten(new Block.Paragraph(List.of(new Inline.Text(words))));
        assertThat(leaves.get(0).text()).isSameAs(words);
    }

    @Test
    void aParagraphOfSeveralSpansIsJoinedWithItsStyles() {
        List<LeafBlock> leaves = flatten(new Block.Paragraph(List.of(new Inline.Text("She said "),
                new Inline.Emphasis(List.of(new Inline.Text("no"))), new Inline.Text(", twice."))));
        LeafBlock leaf = leaves.get(0);
        assertThat(leaf.text()).isEqualTo("She said no, twice.");
        assertThat(leaf.styles()).extracting(LeafBlock.StyleRange::italic).containsExactly(false, true, false);
        assertThat(leaf.styles().get(1).start()).isEqualTo(9);
        assertThat(leaf.styles().get(1).end()).isEqualTo(11);
    }

    @Test
    void aLoneEmphasisIsStillOneSharedString() {
        String words = new String("All of it in italics.".toCharArray());
        LeafBlock leaf = flatten(new Block.Paragraph(List.of(new Inline.Emphasis(List.of(new Inline.Text(words)))))).get(0);
        assertThat(leaf.text()).isSameAs(words);
        assertThat(leaf.styles()).singleElement().extracting(LeafBlock.StyleRange::italic).isEqualTo(true);
    }

    @Test
    void blocksInOneStyleOverTheSameLengthShareTheirStyleList() {
        List<LeafBlock> leaves = flatten(new Block.Paragraph(List.of(new Inline.Text("Twelve chars"))),
                new Block.Paragraph(List.of(new Inline.Text("Eleven char"))),
                new Block.Paragraph(List.of(new Inline.Text("twelve chars"))),
                new Block.Paragraph(List.of(new Inline.Emphasis(List.of(new Inline.Text("Twelve chars"))))));
        assertThat(leaves.get(2).styles()).isSameAs(leaves.get(0).styles());
        assertThat(leaves.get(1).styles()).singleElement().extracting(LeafBlock.StyleRange::end).isEqualTo(11);
        assertThat(leaves.get(3).styles()).as("italic is another style").isNotSameAs(leaves.get(0).styles())
                .singleElement().extracting(LeafBlock.StyleRange::italic).isEqualTo(true);
    }
}
