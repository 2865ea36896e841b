package quire.markstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.files.AtomicFiles;
import quire.files.Loaded;
import quire.marks.Mark;
import quire.testing.Soak;

/**
 * A process killed while saving marks leaves the old marks or the new ones, never a broken file; the
 * temporary files such kills leave are all removed by the cleanup of a later start. A few rounds in
 * every build; {@code -Dquire.tries=N} runs N times as many.
 */
class CrashWhileWritingMarksTest {
    @TempDir
    Path dir;

    @Test
    void everyKillLeavesAWholeFileAndTheCleanupRemovesEveryTemporaryFile() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Random random = new Random(24);
        int rounds = Soak.rounds(4);
        int first = 0;
        int second = 0;
        for (int round = 0; round < rounds; round++) {
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    MarksWriterLoop.class.getName(), dir.toString())
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("writing");
                Thread.sleep(100 + random.nextInt(400));
                child.destroyForcibly();
                assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            }
            Loaded<List<Mark>> loaded = new MarksStore(dir, Clock.systemUTC()).load(MarksWriterLoop.KEY);
            assertThat(loaded.problems()).as("round %d", round).isEmpty();
            assertThat(loaded.value()).isIn(MarksWriterLoop.FIRST, MarksWriterLoop.SECOND);
            first += loaded.value().equals(MarksWriterLoop.FIRST) ? 1 : 0;
            second += loaded.value().equals(MarksWriterLoop.SECOND) ? 1 : 0;
        }
        Path folder = dir.resolve(MarksStore.FOLDER);
        List<Path> left = temporaryFiles(folder);
        long bytes = 0;
        for (Path file : left) {
            bytes += Files.size(file);
        }
        MarksStore nextStart = new MarksStore(dir, Clock.systemUTC());

        int removedNow = nextStart.removeLeftovers(Instant.now());
        int removedLater = nextStart.removeLeftovers(Instant.now().plus(AtomicFiles.LEFTOVER_AGE).plus(Duration.ofSeconds(1)));

        System.out.printf("Marks crash test: %d kills while writing, %d whole files (%d with the first marks, %d with"
                        + " the second), %d temporary files left (%d KB), 0 removed while young, %d removed a minute"
                        + " later, %d remain%n", rounds, first + second, first, second, left.size(), bytes / 1024,
                removedLater, temporaryFiles(folder).size());
        assertThat(removedNow).as("temporary files under a minute old may be another Quire's").isZero();
        assertThat(removedLater).isEqualTo(left.size());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(MarksWriterLoop.KEY + ".json");
        }
    }

    private static List<Path> temporaryFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
