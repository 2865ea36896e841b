package quire.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No god class: a source file past 400 lines holds more than one job, and is split before it grows. */
class ClassSizeTest {
    static final int MOST_LINES = 400;

    @Test
    void noSourceFileIsOver400Lines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            tooLong = files.filter(file -> file.toString().endsWith(".java")).filter(file -> lines(file) > MOST_LINES)
                    .map(file -> file + " (" + lines(file) + " lines)").sorted().toList();
        }
        assertThat(tooLong).as("files over " + MOST_LINES + " lines").isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
