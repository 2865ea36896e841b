package quire.marks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import quire.place.TextRange;

class MarksJsonTest {
    private static final List<String> STORY = List.of("A \ud83d\ude00 smile.", "Second paragraph, \u201cquoted\u201d.");
    private static final String UUID = "0f8fad5b-d9cb-469f-a165-70867728950e";
    private static final String HOSTILE_NOTE = "She said \"no\" \\ then\n\ttabbed </script> & \u0000\u0001 \ud83d\udc69\u200d\ud83d\udc67";

    private final JsonMapper json = JsonMapper.builder().build();

    private String export(List<Mark> marks) {
        return MarksJson.json(new ExportedStory(" Spike/Xander ", "spike-xander.md", Optional.of("R"), STORY), marks,
                mark -> mark.range().start().block() == 0 ? MarksExport.Where.at(1, 0)
                        : new MarksExport.Where(OptionalInt.empty(), 55));
    }

    @Test
    void aCollectionNamedAfterTheStoryHoldsEveryMarkInStoryOrder() throws Exception {
        TextRange second = TextRange.inBlock(1, 0, 6);
        Highlight note = new Highlight(UUID, second, TextQuote.of(STORY, second), MarkColour.BLUE, HOSTILE_NOTE, true);
        Bookmark page = new Bookmark("bookmark-1", TextRange.inBlock(0, 0, 4), TextQuote.of(STORY, TextRange.inBlock(0, 0, 4)), true);
        JsonNode read = json.readTree(export(List.of(note, page)));

        assertThat(read.get("@context").asText()).isEqualTo(MarksJson.CONTEXT);
        assertThat(read.get("type").asText()).isEqualTo("AnnotationCollection");
        assertThat(read.get("label").asText()).isEqualTo("Spike/Xander");
        assertThat(read.get("rating").asText()).isEqualTo("R");
        assertThat(read.get("total").asInt()).isEqualTo(2);
        JsonNode first = read.get("first");
        assertThat(first.get("type").asText()).isEqualTo("AnnotationPage");
        assertThat(first.get("startIndex").asInt()).isZero();
        JsonNode items = first.get("items");
        assertThat(items).hasSize(2);

        JsonNode bookmark = items.get(0);
        assertThat(bookmark.get("@context").asText()).isEqualTo(MarksJson.CONTEXT);
        assertThat(bookmark.get("type").asText()).isEqualTo("Annotation");
        assertThat(bookmark.get("id").asText()).as("an id that is not a UUID is kept").isEqualTo("bookmark-1");
        assertThat(bookmark.get("motivation").asText()).isEqualTo("bookmarking");
        assertThat(bookmark.has("body")).isFalse();
        assertThat(bookmark.has("colour")).isFalse();
        assertThat(bookmark.get("found").asBoolean()).isTrue();
        assertThat(bookmark.get("position").get("percent").asInt()).isZero();
        assertThat(bookmark.get("position").get("page").asInt()).isEqualTo(1);
        assertThat(bookmark.get("target").get("selector").get(0).get("exact").asText()).isEqualTo("A \ud83d\ude00");

        JsonNode commented = items.get(1);
        assertThat(commented.get("id").asText()).isEqualTo("urn:uuid:" + UUID);
        assertThat(commented.get("motivation").asText()).isEqualTo("commenting");
        assertThat(commented.get("body").get("type").asText()).isEqualTo("TextualBody");
        assertThat(commented.get("body").get("value").asText()).isEqualTo(HOSTILE_NOTE);
        assertThat(commented.get("body").get("format").asText()).isEqualTo("text/plain");
        assertThat(commented.get("colour").asText()).isEqualTo("blue");
        assertThat(commented.get("found").asBoolean()).isTrue();
        assertThat(commented.get("position").get("percent").asInt()).isEqualTo(55);
        assertThat(commented.get("position").has("page")).as("no pages without a window").isFalse();
        JsonNode target = commented.get("target");
        assertThat(target.get("source").asText()).isEqualTo("spike-xander.md");
        JsonNode quote = target.get("selector").get(0);
        assertThat(quote.get("type").asText()).isEqualTo("TextQuoteSelector");
        assertThat(quote.get("exact").asText()).isEqualTo("Second");
        assertThat(quote.get("prefix").asText()).isEmpty();
        assertThat(quote.get("suffix").asText()).isEqualTo(" paragraph, \u201cquoted\u201d.");
        JsonNode position = target.get("selector").get(1);
        assertThat(position.get("type").asText()).isEqualTo("TextPositionSelector");
        // "A 😀 smile." is 10 code points (the emoji is one, though two chars), then the blank line.
        assertThat(position.get("start").asInt()).isEqualTo(12);
        assertThat(position.get("end").asInt()).isEqualTo(18);
    }

    @Test
    void aHighlightWithoutANoteIsHighlightingAndALostOneHasOnlyItsQuote() throws Exception {
        TextRange range = TextRange.inBlock(1, 0, 6);
        Highlight plain = new Highlight("h", range, TextQuote.of(STORY, range), MarkColour.PINK, "  ", true);
        Highlight lost = new Highlight("x", TextRange.inBlock(1, 7, 9), new TextQuote("before ", "gone", " after"),
                MarkColour.GREEN, "kept note", false);
        JsonNode items = json.readTree(export(List.of(plain, lost))).get("first").get("items");

        assertThat(items.get(0).get("motivation").asText()).isEqualTo("highlighting");
        assertThat(items.get(0).has("body")).as("a blank note is no note").isFalse();
        assertThat(items.get(0).get("colour").asText()).isEqualTo("pink");
        JsonNode gone = items.get(1);
        assertThat(gone.get("found").asBoolean()).isFalse();
        assertThat(gone.has("position")).isFalse();
        assertThat(gone.get("body").get("value").asText()).isEqualTo("kept note");
        assertThat(gone.get("target").get("selector")).hasSize(1);
        JsonNode quote = gone.get("target").get("selector").get(0);
        assertThat(List.of(quote.get("prefix").asText(), quote.get("exact").asText(), quote.get("suffix").asText()))
                .containsExactly("before ", "gone", " after");
    }

    @Test
    void noMarksIsAnEmptyPageAndALoneSurrogateIsWrittenAsTheReplacementCharacter() throws Exception {
        String text = MarksJson.json(new ExportedStory("Half \ud83d", "s.md", Optional.empty(), STORY), List.of(),
                mark -> MarksExport.Where.at(1, 0));
        StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(text)); // a UTF-8 file can hold it
        JsonNode read = json.readTree(text);
        assertThat(read.get("label").asText()).isEqualTo("Half \ufffd");
        assertThat(read.has("rating")).isFalse();
        assertThat(read.get("total").asInt()).isZero();
        assertThat(read.get("first").get("items")).isEmpty();
    }
}
