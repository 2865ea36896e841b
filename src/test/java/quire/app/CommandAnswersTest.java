package quire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CommandAnswersTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int answer(LaunchRequest command) {
        return CommandAnswers.answer(command, Path.of("/cfg/quire"), print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpPrintsTheUsageOnStandardOutputAndSucceeds() {
        assertThat(answer(new LaunchRequest.Help())).isZero();
        assertThat(text(out)).startsWith("Usage: quire").contains("/cfg/quire");
        assertThat(text(err)).isEmpty();
    }

    @Test
    void exportingMarksWritesTheFileWithoutAWindow(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        Path file = folder.resolve("marks.md");
        int status = CommandAnswers.answer(new LaunchRequest.ExportMarks(file, java.util.Optional.empty()), folder.resolve("config"),
                print(out), print(err));
        assertThat(status).as(text(err)).isZero();
        assertThat(java.nio.file.Files.readString(file)).startsWith("# ");
        assertThat(answer(new LaunchRequest.ExportMarks(folder.resolve("no/such/folder/marks.md"), java.util.Optional.empty())))
                .isEqualTo(2);
        assertThat(text(err)).contains("does not exist");
    }

    @Test
    void versionPrintsThePomsVersion() {
        assertThat(answer(new LaunchRequest.Version())).isZero();
        assertThat(text(out)).matches("Quire \\d+\\.\\d+\\.\\d+\\S*\\R");
    }

    @Test
    void aMistakeIsOneLineAndTheHintOnStandardErrorWithStatusTwo() {
        assertThat(answer(new LaunchRequest.Mistake("unknown option --bogus"))).isEqualTo(2);
        assertThat(text(err).lines()).containsExactly("quire: unknown option --bogus", "Try 'quire --help' for more information.");
        assertThat(text(out)).isEmpty();
    }

    @Test
    void aWindowCommandHasNoTerminalAnswer() {
        assertThatThrownBy(() -> answer(LaunchRequest.Read.bundledStory())).isInstanceOf(IllegalArgumentException.class);
    }
}
