package quire.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.files.Loaded;
import quire.identity.StoryIdentity;
import quire.identity.TextSketch;
import quire.pace.ReadingPace;

/**
 * {@code stories.json} keeps the shape Quire has written since it remembered the words at the reader's
 * place: a file written then loads with every value, and what this version writes is that same file, so
 * an earlier Quire reads it.
 */
class StoriesFileShapeTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T16:00:00Z"), ZoneOffset.UTC);

    /** As Quire wrote it when the reader's place, pace, consent terms and identity were all there. */
    private static final String WRITTEN_BEFORE = """
            {
              "schemaVersion" : 1,
              "stories" : {
                "3f2a9c" : {
                  "block" : 14,
                  "offset" : 230,
                  "skipConsent" : true,
                  "pace" : {
                    "pages" : 40,
                    "words" : 11000,
                    "millis" : 2400000
                  },
                  "place" : {
                    "prefix" : "",
                    "exact" : "The rain had stopped by the time",
                    "suffix" : " she reached the bridge",
                    "copies" : 0
                  },
                  "consentedTo" : "T|angst",
                  "identity" : {
                    "contentHash" : "3f2a9c",
                    "file" : "/home/reader/stories/bridge.md",
                    "ids" : [ "ao3:12345" ],
                    "name" : "Bridge|Someone",
                    "summary" : "",
                    "sketch" : {
                      "runs" : 120,
                      "smallest" : [ 5, 90, 4000 ]
                    }
                  }
                },
                "77aa01" : {
                  "block" : 0,
                  "offset" : 0,
                  "skipConsent" : false,
                  "pace" : {
                    "pages" : 0,
                    "words" : 0,
                    "millis" : 0
                  },
                  "place" : null,
                  "consentedTo" : null,
                  "identity" : null
                }
              }
            }
            """;

    @TempDir
    Path dir;

    private SettingsStore store() {
        return new SettingsStore(dir, CLOCK);
    }

    private Path storiesFile() {
        return dir.resolve(SettingsStore.STORIES_FILE);
    }

    @Test
    void aFileWrittenBeforeLoadsWithEveryValue() throws IOException {
        Files.writeString(storiesFile(), WRITTEN_BEFORE, StandardCharsets.UTF_8);
        Loaded<Map<String, StoryState>> loaded = store().loadStories();
        assertThat(loaded.problems()).isEmpty();
        StoryState read = loaded.value().get("3f2a9c");
        assertThat(read.block()).isEqualTo(14);
        assertThat(read.offset()).isEqualTo(230);
        assertThat(read.skipsConsentFor("T|angst")).isTrue();
        assertThat(read.skipsConsentFor("E|angst")).isFalse();
        assertThat(read.pace()).isEqualTo(new ReadingPace(40, 11_000, 2_400_000));
        assertThat(read.place().exact()).isEqualTo("The rain had stopped by the time");
        assertThat(read.place().prefix()).isEmpty();
        assertThat(read.place().suffix()).isEqualTo(" she reached the bridge");
        assertThat(read.identity()).isEqualTo(new StoryIdentity("3f2a9c", "/home/reader/stories/bridge.md",
                List.of("ao3:12345"), "Bridge|Someone", "", new TextSketch(120, List.of(5L, 90L, 4000L))));
        assertThat(loaded.value().get("77aa01")).isEqualTo(StoryState.NEW);
    }

    @Test
    void whatIsWrittenIsTheFileEarlierVersionsWrote() throws IOException {
        Files.writeString(storiesFile(), WRITTEN_BEFORE, StandardCharsets.UTF_8);
        store().saveStories(store().loadStories().value());
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(Files.readString(storiesFile(), StandardCharsets.UTF_8)))
                .isEqualTo(json.readTree(WRITTEN_BEFORE));
    }

    @Test
    void aFileFromBeforeThePlaceWordsLoadsWithNone() throws IOException {
        Files.writeString(storiesFile(), "{\"schemaVersion\":1,\"stories\":{\"3f2a9c\":{\"block\":3,\"offset\":9,"
                + "\"skipConsent\":true,\"pace\":{\"pages\":2,\"words\":500,\"millis\":90000}}}}",
                StandardCharsets.UTF_8);
        Loaded<Map<String, StoryState>> loaded = store().loadStories();
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.value().get("3f2a9c"))
                .isEqualTo(new StoryState(3, 9, true, new ReadingPace(2, 500, 90_000)));
    }
}
