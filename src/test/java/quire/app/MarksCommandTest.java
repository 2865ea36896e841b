package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.layout.PreparedStory;
import quire.marks.Highlight;
import quire.marks.MarkColour;
import quire.marks.TextQuote;
import quire.markstore.MarksStore;
import quire.place.TextRange;
import quire.story.Story;

class MarksCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exportsTheBundledStorysMarksWithTheirExactWords() throws Exception {
        Story story = new StoryLoader().bundled();
        List<String> blocks = PreparedStory.of(story).blockTexts();
        TextRange words = TextRange.inBlock(5, 0, 39); // ends on a word, as a highlight does
        Highlight mark = new Highlight("h", words, TextQuote.of(blocks, words), MarkColour.BLUE, "For the author.", true);
        new MarksStore(dir, Clock.systemUTC()).save(story.contentHash(), List.of(mark));
        Path out = dir.resolve("out.md");
        assertThat(MarksCommand.export(out, Optional.empty(), dir, err)).isEqualTo(MarksCommand.DONE);
        String markdown = Files.readString(out);
        assertThat(markdown).startsWith("# Spike/Xander\n\nRating: R")
                .contains("## Note (blue), ")
                .contains("> " + blocks.get(5).substring(0, 39) + "\n")
                .contains("For the author.");
        assertThat(err()).isEmpty();
    }

    @Test
    void aJsonFileInAnyCaseGetsTheMarksAsWebAnnotations() throws Exception {
        Story story = new StoryLoader().bundled();
        List<String> blocks = PreparedStory.of(story).blockTexts();
        TextRange words = TextRange.inBlock(5, 0, 40);
        Highlight mark = new Highlight("h", words, TextQuote.of(blocks, words), MarkColour.BLUE, "For the author.", true);
        new MarksStore(dir, Clock.systemUTC()).save(story.contentHash(), List.of(mark));
        Path out = dir.resolve("Marks.JSON");
        assertThat(MarksCommand.export(out, Optional.empty(), dir, err)).isEqualTo(MarksCommand.DONE);
        JsonNode read = JsonMapper.builder().build().readTree(Files.readString(out));
        assertThat(read.get("label").asText()).isEqualTo("Spike/Xander");
        assertThat(read.get("rating").asText()).isEqualTo(story.metadata().rating().orElseThrow());
        JsonNode annotation = read.get("first").get("items").get(0);
        assertThat(annotation.get("motivation").asText()).isEqualTo("commenting");
        assertThat(annotation.get("body").get("value").asText()).isEqualTo("For the author.");
        assertThat(annotation.get("target").get("source").asText()).isEqualTo(story.sourceName());
        assertThat(annotation.get("target").get("selector").get(0).get("exact").asText())
                .isEqualTo(blocks.get(5).substring(0, 40));
        assertThat(annotation.get("position").get("percent").asInt()).isBetween(0, 99);
        assertThat(annotation.get("position").has("page")).isFalse();
        assertThat(err()).isEmpty();
    }

    @Test
    void aStoryThatCannotBeReadExitsTwoSayingWhy() {
        int code = MarksCommand.export(dir.resolve("out.md"), Optional.of(dir.resolve("missing.md")), dir, err);
        assertThat(code).isEqualTo(MarksCommand.FAILED);
        assertThat(err()).startsWith("quire: cannot export marks: ").contains("missing.md");
        assertThat(dir.resolve("out.md")).doesNotExist();
    }

    @Test
    void aFileThatCannotBeWrittenExitsTwoSayingWhy() throws Exception {
        Path taken = Files.createDirectory(dir.resolve("taken.md"));
        assertThat(MarksCommand.export(taken, Optional.empty(), dir, err)).isEqualTo(MarksCommand.FAILED);
        assertThat(err()).startsWith("quire: cannot write the marks to ");
    }

    @Test
    void aFolderThatDoesNotExistIsNamed() {
        Path out = dir.resolve("no-such-folder").resolve("marks.md");
        assertThat(MarksCommand.export(out, Optional.empty(), dir, err)).isEqualTo(MarksCommand.FAILED);
        assertThat(err()).contains("the folder ").contains("no-such-folder does not exist");
    }

    @Test
    void aDamagedMarksFileExitsTwoAndIsSetAside() throws Exception {
        Story story = new StoryLoader().bundled();
        Path file = new MarksStore(dir, Clock.systemUTC()).fileOf(story.contentHash());
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{ broken");
        assertThat(MarksCommand.export(dir.resolve("out.md"), Optional.empty(), dir, err)).isEqualTo(MarksCommand.FAILED);
        assertThat(err()).contains("marks").contains(".broken-");
    }
}
