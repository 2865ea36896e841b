package quire.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The fanfic-post header convention: leading "Key: value" paragraphs. */
class PostHeaderTest {
    private static Story parse(String text) throws StoryException {
        return new StoryReader().parse("post.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keysAreCaseInsensitiveAndAliased() throws StoryException {
        Story story = parse("TITLE: Ashes\nauthor: someone\nRelationship: A/B\nWarnings: none\n"
                + "Author\u2019s Note: thanks!\nWord count: 1,204\nDisclaimer: not mine\n\nThe story begins.");
        StoryMetadata m = story.metadata();
        assertThat(m.title()).contains("Ashes");
        assertThat(m.author()).contains("someone");
        assertThat(m.pairing()).contains("A/B");
        assertThat(m.warnings()).containsExactly("none");
        assertThat(m.notes()).contains("thanks!");
        assertThat(m.words()).hasValue(1204);
        assertThat(m.otherFields()).containsEntry("Disclaimer", "not mine");
        assertThat(story.plainText()).isEqualTo("The story begins.");
    }

    @Test
    void headerEndsAtTheFirstOtherParagraph() throws StoryException {
        Story story = parse("Rating: T\n\nXander: not a header key.\n\nSummary: this is story text now.");
        assertThat(story.metadata().rating()).contains("T");
        assertThat(story.metadata().summary()).isEmpty();
        assertThat(story.plainText()).startsWith("Xander: not a header key.");
    }

    @Test
    void continuationLinesBelongToTheFieldAbove() throws StoryException {
        Story story = parse("Summary: two\nlines\nNotes: after\n\nBody.");
        assertThat(story.metadata().summary()).contains("two\nlines");
        assertThat(story.metadata().notes()).contains("after");
    }

    @Test
    void aStoryWithNoHeaderIsAllBody() throws StoryException {
        Story story = parse("Once upon a time.\n\nThe end.");
        assertThat(story.metadata().isEmpty()).isTrue();
        assertThat(story.blocks()).hasSize(2);
    }

    @Test
    void frontMatterKeepsUnknownKeysAndListValues() throws StoryException {
        Story story = parse("---\ntitle: 1.10\nwarnings: [Violence, Angst]\nbeta: Sam\nwords: twelve\n---\nBody.");
        assertThat(story.metadata().title()).contains("1.10");
        assertThat(story.metadata().warnings()).containsExactly("Violence", "Angst");
        assertThat(story.metadata().otherFields()).containsEntry("beta", "Sam").containsEntry("words", "twelve");
        assertThat(story.wordCount()).isEqualTo(1);
    }
}
