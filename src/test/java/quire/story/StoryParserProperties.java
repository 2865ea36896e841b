package quire.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Whatever a file holds, the parser answers with a story or a message: never a crash, never a hang. */
class StoryParserProperties {
    private final StoryReader reader = new StoryReader();

    private void parsesOrExplains(byte[] bytes) {
        try {
            reader.parse("fuzz.md", bytes);
        } catch (StoryException expected) {
            assertThat(expected.getMessage()).startsWith("Quire cannot open \u201cfuzz.md\u201d");
        }
    }

    @Property(tries = 300)
    void anyBytes(@ForAll @Size(max = 2000) byte[] bytes) {
        parsesOrExplains(bytes);
    }

    @Property(tries = 300)
    void anyText(@ForAll @StringLength(max = 2000) String text) {
        parsesOrExplains(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 500)
    void markupSoup(@ForAll @StringLength(max = 600)
                    @Chars({'*', '_', '[', ']', '(', ')', '<', '>', '#', '-', '`', '\n', ' ', 'a', ':', '!', '&',
                            ';', '\\', '|', '~', '"', '\'', '\t', '1', '.', '=', '/'}) String text) {
        parsesOrExplains(text.getBytes(StandardCharsets.UTF_8));
        parsesOrExplains(("---\n" + text).getBytes(StandardCharsets.UTF_8));
        parsesOrExplains(("Title: x\n" + text).getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    void wellFormedStoryKeepsItsTextExactly(@ForAll("paragraphs") List<String> paragraphs,
                                            @ForAll boolean withFrontMatter) throws StoryException {
        String body = String.join("\n\n", paragraphs);
        String file = withFrontMatter ? "---\nrating: \"T\"\n---\n" + body + "\n" : body + "\n";
        Story story = reader.parse("ok.md", file.getBytes(StandardCharsets.UTF_8));
        assertThat(story.plainText()).isEqualTo(body);
    }

    @Provide
    Arbitrary<List<String>> paragraphs() {
        Arbitrary<String> word = Arbitraries.strings()
                .withChars("abcdefghijklmnopqrstuvwxyzABCXYZ\u00e9\u00fc\u00df\u2019\u2018\u201c\u201d\u2026,.;?!'\"\u00a0")
                .ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> firstWord = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzAXZ\u00c9\u201c")
                .ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> paragraph = net.jqwik.api.Combinators.combine(firstWord,
                        word.list().ofMaxSize(40))
                .as((first, rest) -> first + (rest.isEmpty() ? "" : " " + String.join(" ", rest)))
                .filter(p -> !p.endsWith("\u00a0"));
        return paragraph.list().ofMinSize(1).ofMaxSize(12);
    }
}
