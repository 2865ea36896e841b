package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

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
import quire.place.Anchor;
import quire.place.TextRange;
import quire.settings.SettingsStore;
import quire.settings.StoryState;
import quire.story.Story;

/**
 * The reader's story file is edited between two readings (a typo fixed, the rating changed, the file
 * moved): the story is the same story, its marks, place and consent go on, and only a change of rating or
 * warnings asks for consent again.
 */
class ChangedStoryTest {
    @TempDir
    Path dir;
    private final Path config = Path.of("config");

    private Path storyFile() throws Exception {
        Path file = dir.resolve("story.md");
        if (!Files.exists(file)) {
            try (var in = ChangedStoryTest.class.getResourceAsStream("/story/story.md")) {
                Files.write(file, in.readAllBytes());
            }
        }
        return file;
    }

    private void edit(Path file, String from, String to) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private Remembered memory() {
        return new Remembered(new SettingsStore(dir.resolve(config), Clock.systemUTC()));
    }

    /** Reads the story once: highlights words, reads to the paragraph after them, and asks not to be asked again. */
    private String readOnce(Path file, String words) throws Exception {
        try (Remembered memory = memory()) {
            AppModel model = new AppModel(new StoryLoader(), Optional.of(file), memory);
            assertThat(model.screen()).isInstanceOf(AppModel.Consent.class);
            Story story = model.awaitText();
            model.startReading(true);
            List<String> blocks = PreparedStory.of(story).blockTexts();
            int block = indexOf(blocks, words);
            int at = blocks.get(block).indexOf(words);
            TextRange range = TextRange.inBlock(block, at, at + words.length());
            memory.loadMarks(story.contentHash()); // as the reading view does before any mark is made
            memory.setMarks(story.contentHash(), List.of(new Highlight("h1", range, TextQuote.of(blocks, range),
                    MarkColour.GREEN, "Keep this.", true)));
            memory.setStory(story.contentHash(), RememberedPlace.at(memory.story(story.contentHash()),
                    new Anchor(block + 1, 0), blocks));
            return blocks.get(block + 1).substring(0, 30);
        }
    }

    private static int indexOf(List<String> blocks, String words) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).contains(words)) {
                return i;
            }
        }
        throw new AssertionError("not in the story: " + words);
    }

    @Test
    void aTypoFixedKeepsTheMarksTheConsentAndThePlace() throws Exception {
        Path file = storyFile();
        String placeWords = readOnce(file, "grateful he didn\u2019t have a heartbeat");
        edit(file, "a puff smoke", "a puff of smoke");
        edit(file, "Spike shook his head", "Spike shook his head slowly");
        try (Remembered memory = memory()) {
            AppModel model = new AppModel(new StoryLoader(), Optional.of(file), memory);
            assertThat(model.screen()).as("don't ask again still holds").isInstanceOf(AppModel.Reading.class);
            Story story = ((AppModel.Reading) model.screen()).story();
            assertThat(memory.textChanged(story.contentHash())).isTrue();
            List<String> blocks = PreparedStory.of(story).blockTexts();
            Anchor place = RememberedPlace.of(memory.story(story.contentHash()), blocks, true);
            assertThat(blocks.get(place.block()).substring(place.offset())).startsWith(placeWords);
            assertThat(memory.loadMarks(story.contentHash())).singleElement()
                    .satisfies(mark -> assertThat(((Highlight) mark).note()).isEqualTo("Keep this."));
        }
    }

    @Test
    void theCommandLineExportFindsTheMarksOfTheEditedStory() throws Exception {
        Path file = storyFile();
        readOnce(file, "grateful he didn\u2019t have a heartbeat");
        edit(file, "a puff smoke", "a puff of smoke");
        Path out = dir.resolve("marks.md");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MarksCommand.export(out, Optional.of(file), dir.resolve(config), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(MarksCommand.DONE);
        assertThat(Files.readString(out)).doesNotContain("No bookmarks or highlights yet")
                .contains("> grateful he didn\u2019t have a heartbeat").contains("Keep this.");
    }

    @Test
    void aChangedRatingAsksForConsentAgainAndSaysWhy() throws Exception {
        Path file = storyFile();
        readOnce(file, "grateful he didn\u2019t have a heartbeat");
        edit(file, "rating: \"R overall\"", "rating: \"Explicit\"");
        try (Remembered memory = memory()) {
            AppModel model = new AppModel(new StoryLoader(), Optional.of(file), memory);
            assertThat(model.screen()).isInstanceOfSatisfying(AppModel.Consent.class,
                    consent -> assertThat(consent.termsChanged()).isTrue());
            Story story = model.awaitText();
            assertThat(memory.loadMarks(story.contentHash())).as("the marks stay all the same").hasSize(1);
        }
    }

    @Test
    void theSameFileMovedIsTheSameStoryUnchanged() throws Exception {
        Path file = storyFile();
        readOnce(file, "grateful he didn\u2019t have a heartbeat");
        Path moved = Files.move(file, dir.resolve("kept.md"));
        try (Remembered memory = memory()) {
            AppModel model = new AppModel(new StoryLoader(), Optional.of(moved), memory);
            Story story = ((AppModel.Reading) model.screen()).story();
            assertThat(memory.textChanged(story.contentHash())).isFalse();
            assertThat(memory.loadMarks(story.contentHash())).hasSize(1);
        }
    }

    @Test
    void aStoryFromBeforeIdentitiesIsKnownByItsTextAndGetsOne() throws Exception {
        Path file = storyFile();
        Story story = new StoryLoader().file(file);
        try (Remembered memory = memory()) {
            memory.setStory(story.contentHash(), new StoryState(2, 0, true));
        }
        try (Remembered memory = memory()) {
            new AppModel(new StoryLoader(), Optional.of(file), memory);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (memory.story(story.contentHash()).identity() == null && System.nanoTime() < deadline) {
                Thread.sleep(10); // the identity is sketched on a thread of its own
            }
            assertThat(memory.story(story.contentHash()).identity()).isNotNull();
            assertThat(memory.story(story.contentHash()).skipConsent()).isTrue();
        }
    }
}
