package quire.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import quire.testing.Gen;
import quire.testing.Property;
import quire.testing.Texts;

/** Whatever a file holds, the parser answers with a story or a message: never a crash, never a hang. */
class StoryParserProperties {
    private static final String MARKUP_SOUP = "*_[]()<>#-`\n a:!&;\\|~\"'\t1.=/";
    private static final String WORD = "abcdefghijklmnopqrstuvwxyzABCXYZ\u00e9\u00fc\u00df\u2019\u2018\u201c\u201d\u2026,.;?!'\"\u00a0";
    private static final String FIRST_WORD = "abcdefghijklmnopqrstuvwxyzAXZ\u00c9\u201c";

    private final StoryReader reader = new StoryReader();

    private void parsesOrExplains(byte[] bytes) {
        try {
            reader.parse("fuzz.md", bytes);
        } catch (StoryException expected) {
            assertThat(expected.getMessage()).startsWith("Quire cannot open \u201cfuzz.md\u201d");
        }
    }

    private void parsesOrExplains(String text) {
        parsesOrExplains(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anyBytes() {
        Property.forAll("anyBytes", 300, Texts.bytes(2000), this::parsesOrExplains);
    }

    @Test
    void anyText() {
        Property.forAll("anyText", 300, Texts.strings(Texts.anyCodePoint(), 0, 2000), this::parsesOrExplains);
    }

    /** Markup and front-matter fragments, alone and after an opening fence or a header line with no end. */
    @Test
    void markupSoup() {
        Property.forAll("markupSoup", 500, Texts.strings(MARKUP_SOUP, 0, 600), text -> {
            parsesOrExplains(text);
            parsesOrExplains("---\n" + text);
            parsesOrExplains("Title: x\n" + text);
        });
    }

    /** A story with or without front matter, as the text it says it holds. */
    record WellFormed(List<String> paragraphs, boolean withFrontMatter) {
        String body() {
            return String.join("\n\n", paragraphs);
        }

        String file() {
            return withFrontMatter ? "---\nrating: \"T\"\n---\n" + body() + "\n" : body() + "\n";
        }
    }

    @Test
    void wellFormedStoryKeepsItsTextExactly() {
        Property.forAll("wellFormedStoryKeepsItsTextExactly", 300, Gen.zip(paragraphs(), Gen.booleans(), WellFormed::new),
                story -> assertThat(reader.parse("ok.md", story.file().getBytes(StandardCharsets.UTF_8)).plainText())
                        .isEqualTo(story.body()));
    }

    /** Words of letters and the story's punctuation; a paragraph never ends in a no-break space Markdown would trim. */
    private static Gen<List<String>> paragraphs() {
        Gen<String> paragraph = Gen.zip(Texts.strings(FIRST_WORD, 1, 8), Gen.lists(Texts.strings(WORD, 1, 12), 0, 40),
                        (first, rest) -> rest.isEmpty() ? first : first + " " + String.join(" ", rest))
                .filter(p -> !p.endsWith("\u00a0"));
        return Gen.lists(paragraph, 1, 12);
    }
}
