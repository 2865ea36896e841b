package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import quire.place.Anchor;
import quire.speech.SpeechScript;
import quire.speech.SpokenWord;
import quire.speech.Utterance;
import quire.story.StoryReader;

/** A word the page breaks with a drawn hyphen is one word to read aloud: one range, the author's letters. */
class SpokenWordsAcrossHyphensTest {

    @Test
    void aHyphenatedWordIsHeardAndHighlightedWhole() throws Exception {
        PreparedStory story;
        try (InputStream in = StoryReader.class.getResourceAsStream("/story/story.md")) {
            story = PreparedStory.of(new StoryReader().parse("story.md", in.readAllBytes()));
        }
        Typography type = new Typography("Serif", 12, 1.5, Typography.ParagraphStyle.INDENT, true, true, false);
        Pagination pages = Paginator.paginate(story, new PageSpec(260, 400, PageSpec.Margins.uniform(10), type),
                new FixedWidthMeasurer());
        Line broken = pages.pages().stream().flatMap(p -> p.lines().stream()).filter(Line::hyphenated)
                .findFirst().orElseThrow();
        String text = story.blockTexts().get(broken.block());
        SpeechScript script = new SpeechScript(story.blockTexts(), story.blockRoles(), "en", 175);
        SpeechScript.Cursor cursor = script.from(new Anchor(broken.block(), 0));
        SpokenWord word = null;
        while (word == null && cursor.hasNext()) {
            Utterance u = cursor.next();
            for (SpokenWord w : u.words()) {
                if (w.range().contains(new Anchor(broken.block(), broken.end() - 1))) {
                    word = w;
                    assertThat(u.text().substring(w.from(), w.to())).as("eSpeak reads the whole word")
                            .isEqualTo(text.substring(w.range().start().offset(), w.range().end().offset()));
                }
            }
        }
        assertThat(word).isNotNull();
        assertThat(word.range().start().offset()).as("starts on the line with the hyphen").isLessThan(broken.end());
        assertThat(word.range().end().offset()).as("ends on the next line").isGreaterThan(broken.end());
        assertThat(text.substring(word.range().start().offset(), word.range().end().offset()))
                .doesNotContain("-").matches("\\p{L}+");
    }
}
