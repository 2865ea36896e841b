package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.settings.SettingsStore;
import quire.settings.StoryState;
import quire.settings.Theme;

class MemoryTest {
    @TempDir
    Path dir;

    @Test
    void damagedSettingsAreReportedOnceThenWrittenBackClean() throws Exception {
        Files.writeString(dir.resolve("settings.json"),
                "{\"schemaVersion\":1,\"reading\":{\"theme\":\"SEPIA\",\"fontSize\":\"big\"}}", StandardCharsets.UTF_8);
        try (Memory first = new Memory(new SettingsStore(dir, Clock.systemUTC()))) {
            assertThat(first.problems()).hasSize(1);
            assertThat(first.preferences().reading().theme()).isEqualTo(Theme.SEPIA);
        }
        try (Memory second = new Memory(new SettingsStore(dir, Clock.systemUTC()))) {
            assertThat(second.problems()).isEmpty();
            assertThat(second.preferences().reading().theme()).isEqualTo(Theme.SEPIA);
        }
    }

    @Test
    void changesAfterCloseAreStillWritten() throws Exception {
        Memory memory = new Memory(new SettingsStore(dir, Clock.systemUTC()));
        memory.close();
        memory.setStory("abc", new StoryState(3, 4, true));
        try (Memory again = new Memory(new SettingsStore(dir, Clock.systemUTC()))) {
            assertThat(again.story("abc")).isEqualTo(new StoryState(3, 4, true));
        }
    }
}
