package quire.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.files.Loaded;
import quire.testing.Soak;

/**
 * A process killed in the middle of saving leaves the old settings or the new ones, never a broken file
 * (six rounds, times {@code -Dquire.tries}).
 */
class CrashWhileWritingTest {
    @TempDir
    Path dir;

    @Test
    void killedWriterLeavesAWholeFile() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Random random = new Random(42);
        int rounds = Soak.rounds(6);
        for (int round = 0; round < rounds; round++) {
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    WriterLoop.class.getName(), dir.toString())
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("writing");
                Thread.sleep(50 + random.nextInt(250));
                child.destroyForcibly();
                assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            }
            Loaded<Preferences> loaded = new SettingsStore(dir, Clock.systemUTC()).loadPreferences();
            assertThat(loaded.problems()).as("round %d", round).isEmpty();
            assertThat(loaded.value()).isIn(WriterLoop.FIRST, WriterLoop.SECOND);
        }
    }
}
