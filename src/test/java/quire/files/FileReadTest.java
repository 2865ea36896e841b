package quire.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only a regular file is read, and never more of it than the limit: a pipe or a device where a settings
 * file should be gives a problem at once instead of a hang or an OutOfMemoryError. The timeouts run the
 * test on a thread of its own, so that a read stuck in the operating system still fails the test.
 */
class FileReadTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
    void aPipeIsRefusedAtOnceRatherThanWaitedOn() throws Exception {
        Path fifo = dir.resolve("settings.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(5, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");

        FileRead read = FileRead.of(fifo);

        assertThat(read.bytes()).isEmpty();
        assertThat(read.problem()).contains("it was not a regular file");
    }

    @Test
    @Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
    void aLinkToAnEndlessDeviceIsRefusedWithoutReadingIt() throws IOException {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        Path link = Files.createSymbolicLink(dir.resolve("settings.json"), zero);

        FileRead read = FileRead.of(link);

        assertThat(read.problem()).contains("it was not a regular file");
    }

    @Test
    void aLinkToARegularFileIsFollowed() throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "{}", StandardCharsets.UTF_8);
        Path link = Files.createSymbolicLink(dir.resolve("settings.json"), real);

        assertThat(FileRead.of(link).bytes()).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo("{}".getBytes()));
    }

    /** Files under /proc say they are empty and are not: the read itself must stop at the limit. */
    @Test
    void aFileLongerThanItsSizeSaidIsStoppedAtTheLimit() throws IOException {
        Path maps = Path.of("/proc/self/maps");
        assumeTrue(Files.isReadable(maps) && Files.size(maps) == 0, "no /proc file that hides its size");

        FileRead read = FileRead.of(maps, 64);

        assertThat(read.bytes()).isEmpty();
        assertThat(read.problem()).hasValueSatisfying(why -> assertThat(why).contains("far too large"));
    }

    @Test
    void aFileAtTheLimitIsReadAndOneByteMoreIsNot() throws IOException {
        Path file = Files.write(dir.resolve("marks.json"), new byte[100]);
        assertThat(FileRead.of(file, 100).bytes()).hasValueSatisfying(bytes -> assertThat(bytes).hasSize(100));
        assertThat(FileRead.of(file, 99).problem()).isPresent();
    }

    @Test
    void aMissingFileIsNoProblem() {
        FileRead read = FileRead.of(dir.resolve("never-written.json"));
        assertThat(read.bytes()).isEmpty();
        assertThat(read.problem()).isEmpty();
    }
}
