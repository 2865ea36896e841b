package quire.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write's temporary files, left by a process killed midway, are cleared at a later start, and nothing else is. */
class AtomicFilesTest {
    private static final Instant NOW = Instant.parse("2026-11-24T06:15:00Z");

    @TempDir
    Path dir;

    private Path aged(Path file, long secondsOld) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(NOW.minusSeconds(secondsOld)));
        return file;
    }

    private Path leftover(String target, long secondsOld) throws IOException {
        return aged(AtomicFiles.createTemporary(dir.resolve(target)), secondsOld);
    }

    private Stream<String> names() throws IOException {
        return Files.list(dir).map(p -> p.getFileName().toString()).sorted();
    }

    @Test
    void temporaryFilesOlderThanAMinuteAreDeletedAndYoungerOnesKept() throws IOException {
        Path old = leftover("settings.json", 61);
        Path older = leftover("stories.json", 86_400);
        Path writingNow = leftover("settings.json", 5);

        int removed = AtomicFiles.removeLeftovers(dir, NOW);

        assertThat(removed).isEqualTo(2);
        assertThat(old).doesNotExist();
        assertThat(older).doesNotExist();
        assertThat(writingNow).exists();
    }

    @Test
    void filesNotNamedAsAWritesTemporaryFilesAreLeftAlone() throws IOException {
        for (String name : new String[] {"settings.json", ".settings.json.tmp", "notes.tmp", ".x.json12.tmp.keep",
                "story.json.kept-20261124-061500", ".hidden.json12ab.tmp"}) {
            aged(Files.writeString(dir.resolve(name), "mine"), 3_600);
        }
        Path folder = Files.createDirectory(dir.resolve(".marks.json123.tmp"));
        aged(folder, 3_600);
        Path link = Files.createSymbolicLink(dir.resolve(".link.json456.tmp"), dir.resolve("settings.json"));

        assertThat(AtomicFiles.removeLeftovers(dir, NOW)).isZero();

        assertThat(names()).hasSize(8);
        assertThat(link).isSymbolicLink();
    }

    @Test
    void aFolderThatIsNotThereIsNoProblem() {
        assertThat(AtomicFiles.removeLeftovers(dir.resolve("marks"), NOW)).isZero();
    }

    @Test
    void aFinishedWriteLeavesNothingToRemove() throws IOException {
        AtomicFiles.write(dir.resolve("settings.json"), "{}".getBytes());
        assertThat(AtomicFiles.removeLeftovers(dir, NOW.plusSeconds(3_600))).isZero();
        assertThat(names()).containsExactly("settings.json");
    }
}
