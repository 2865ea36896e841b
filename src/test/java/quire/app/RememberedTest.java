package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.settings.SettingsStore;
import quire.settings.StoryState;
import quire.settings.Theme;
import quire.pace.ReadingPace;
import quire.story.ContentHash;
import quire.story.Story;
import quire.story.StoryHead;

class RememberedTest {
    @TempDir
    Path dir;

    @Test
    @org.junit.jupiter.api.Timeout(20)
    void aLongStorysFirstScreenWaitsForItsHashOnlyWhenAStoryHasASpeedOfItsOwn() throws Exception {
        var taking = new java.util.concurrent.CompletableFuture<String>();
        StoryHead head = new StoryHead("long.md", ContentHash.Pending.of(taking),
                new StoryLoader().bundled().metadata());
        try (Remembered memory = new Remembered(new SettingsStore(dir, Clock.systemUTC()))) {
            assertThat(memory.wordsPerMinute(head)).as("no story read yet: the hash is not waited for")
                    .isEqualTo(ReadingPace.DEFAULT_WORDS_PER_MINUTE);
            ReadingPace ownPace = new ReadingPace(ReadingPace.PAGES_NEEDED, 3_000, 60_000); // 50 words a minute
            memory.setStory("long-hash", StoryState.NEW.withPace(ownPace));
            var asked = java.util.concurrent.CompletableFuture.supplyAsync(() -> memory.wordsPerMinute(head));
            Thread.sleep(100);
            assertThat(asked).as("another story has a speed: this one's hash is needed").isNotDone();
            taking.complete("long-hash");
            assertThat(asked.get(10, java.util.concurrent.TimeUnit.SECONDS))
                    .isEqualTo(ReadingPace.forStory(ownPace, ReadingPace.NONE));
        }
    }

    @Test
    void damagedSettingsAreReportedOnceThenWrittenBackClean() throws Exception {
        Files.writeString(dir.resolve("settings.json"),
                "{\"schemaVersion\":1,\"reading\":{\"theme\":\"SEPIA\",\"fontSize\":\"big\"}}", StandardCharsets.UTF_8);
        try (Remembered first = new Remembered(new SettingsStore(dir, Clock.systemUTC()))) {
            assertThat(first.problems()).hasSize(1);
            assertThat(first.preferences().reading().appearance().theme()).isEqualTo(Theme.SEPIA);
        }
        try (Remembered second = new Remembered(new SettingsStore(dir, Clock.systemUTC()))) {
            assertThat(second.problems()).isEmpty();
            assertThat(second.preferences().reading().appearance().theme()).isEqualTo(Theme.SEPIA);
        }
    }

    @Test
    void aSaveThatFailedBeforeAnyoneListenedIsStillTold() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "not a folder", StandardCharsets.UTF_8);
        try (Remembered memory = new Remembered(new SettingsStore(notAFolder, Clock.systemUTC()))) {
            memory.setStory("abc", new StoryState(1, 2, false));
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (memory.problems().stream().noneMatch(p -> p.contains("could not save"))
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            List<String> told = new CopyOnWriteArrayList<>();
            memory.onProblem(told::add);
            assertThat(told).anyMatch(problem -> problem.contains("could not save its settings")
                    && problem.endsWith("a file stands where that folder should be."));
        }
    }

    @Test
    void aPlaceSavedFromAStateReadBeforeTheIdentityWasSketchedKeepsTheIdentity() throws Exception {
        Story story = new StoryLoader().bundled();
        try (Remembered memory = new Remembered(new SettingsStore(dir, Clock.systemUTC()))) {
            StoryState readEarly = memory.story(story.contentHash()); // what the reading view read at first
            memory.recognise(story, Optional.empty());
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (memory.story(story.contentHash()).identity() == null && System.nanoTime() < deadline) {
                Thread.sleep(5); // the identity is sketched on a thread of its own
            }
            memory.setStory(story.contentHash(), readEarly.withPosition(7, 0));
            assertThat(memory.story(story.contentHash()).block()).isEqualTo(7);
            assertThat(memory.story(story.contentHash()).identity()).as("the sketched identity").isNotNull();
        }
    }

    @Test
    void changesAfterCloseAreStillWritten() throws Exception {
        Remembered memory = new Remembered(new SettingsStore(dir, Clock.systemUTC()));
        memory.close();
        memory.setStory("abc", new StoryState(3, 4, true));
        try (Remembered again = new Remembered(new SettingsStore(dir, Clock.systemUTC()))) {
            assertThat(again.story("abc")).isEqualTo(new StoryState(3, 4, true));
        }
    }

    @Test
    void temporaryFilesLeftByAKilledWriteAreRemovedAfterStartAndAFreshOneIsNot() throws Exception {
        Path marks = Files.createDirectories(dir.resolve("marks"));
        Path oldSettings = Files.writeString(dir.resolve(".settings.json7316.tmp"), "{\"schema");
        Path oldMarks = Files.writeString(marks.resolve(".0f94b330.json88.tmp"), "{\"marks\": [");
        Path fresh = Files.writeString(marks.resolve(".0f94b330.json99.tmp"), "");
        for (Path old : List.of(oldSettings, oldMarks)) {
            Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(3_600)));
        }

        new Remembered(new SettingsStore(dir, Clock.systemUTC())).close();

        assertThat(oldSettings).doesNotExist();
        assertThat(oldMarks).doesNotExist();
        assertThat(fresh).as("perhaps another Quire's, writing right now").exists();
    }
}
