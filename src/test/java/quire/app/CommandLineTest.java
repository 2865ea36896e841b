package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    private static LaunchRequest parse(String... args) {
        return CommandLine.parse(List.of(args));
    }

    @Test
    void nothingOpensTheBundledStory() {
        assertThat(parse()).isEqualTo(LaunchRequest.Read.bundledStory());
    }

    @Test
    void aFileIsTheStoryToOpen() {
        assertThat(parse("notes/story.md")).isEqualTo(new LaunchRequest.Read(Optional.of(Path.of("notes/story.md")), false));
    }

    @Test
    void theTestingOptionGoesWithOrWithoutAStory() {
        assertThat(parse("--exit-after-first-frame")).isEqualTo(new LaunchRequest.Read(Optional.empty(), true));
        assertThat(parse("a.md", "--exit-after-first-frame"))
                .isEqualTo(new LaunchRequest.Read(Optional.of(Path.of("a.md")), true));
    }

    @Test
    void helpAndVersionHaveLongAndShortNames() {
        assertThat(parse("--help")).isInstanceOf(LaunchRequest.Help.class);
        assertThat(parse("-h")).isInstanceOf(LaunchRequest.Help.class);
        assertThat(parse("--version")).isInstanceOf(LaunchRequest.Version.class);
        assertThat(parse("-V")).isInstanceOf(LaunchRequest.Version.class);
    }

    @Test
    void helpWinsOverAStoryGivenWithIt() {
        assertThat(parse("a.md", "--help")).isInstanceOf(LaunchRequest.Help.class);
    }

    @Test
    void anUnknownOptionIsAMistakeThatNamesIt() {
        assertThat(parse("--verbose")).isEqualTo(new LaunchRequest.Mistake("unknown option --verbose"));
        assertThat(parse("-x", "a.md")).isEqualTo(new LaunchRequest.Mistake("unknown option -x"));
    }

    @Test
    void exportingMarksTakesTheFileToWriteAndOptionallyTheStory() {
        assertThat(parse("--export-marks", "marks.md"))
                .isEqualTo(new LaunchRequest.ExportMarks(Path.of("marks.md"), Optional.empty()));
        assertThat(parse("--export-marks", "marks.md", "story.md"))
                .isEqualTo(new LaunchRequest.ExportMarks(Path.of("marks.md"), Optional.of(Path.of("story.md"))));
        assertThat(parse("story.md", "--export-marks", "marks.md"))
                .isEqualTo(new LaunchRequest.ExportMarks(Path.of("marks.md"), Optional.of(Path.of("story.md"))));
        assertThat(parse("--export-marks")).isEqualTo(new LaunchRequest.Mistake("--export-marks needs the file to write the marks to"));
        assertThat(parse("--export-marks", "--help")).isInstanceOf(LaunchRequest.Mistake.class);
        assertThat(parse("--export-marks", "a.md", "b.md", "c.md")).isInstanceOf(LaunchRequest.Mistake.class);
    }

    @Test
    void optionsOfLaterIssuesAreMistakesUntilTheyExist() {
        assertThat(parse("--speech-to=out.wav")).isEqualTo(new LaunchRequest.Mistake("unknown option --speech-to=out.wav"));
    }

    @Test
    void theFirstMistakeWinsOverALaterHelp() {
        assertThat(parse("--bogus", "--help")).isEqualTo(new LaunchRequest.Mistake("unknown option --bogus"));
    }

    @Test
    void aSecondStoryIsAMistakeThatNamesBoth() {
        LaunchRequest command = parse("a.md", "b.md");

        assertThat(command).isInstanceOf(LaunchRequest.Mistake.class);
        assertThat(((LaunchRequest.Mistake) command).problem()).contains("a.md", "b.md").doesNotContain("\n");
    }

    @Test
    void afterTwoDashesADashedNameIsAStory() {
        assertThat(parse("--", "-odd.md")).isEqualTo(new LaunchRequest.Read(Optional.of(Path.of("-odd.md")), false));
        assertThat(parse("-")).isEqualTo(new LaunchRequest.Read(Optional.of(Path.of("-")), false));
    }

    @Test
    void emptyWordsFromLaunchersAreNotStories() {
        assertThat(parse("", "  ")).isEqualTo(LaunchRequest.Read.bundledStory());
    }

    @Test
    void theUsageNamesTheStoryEveryOptionAndWhereThingsAreKept() {
        String usage = CommandLine.usage(Path.of("/home/reader/.config/quire"));

        assertThat(usage).contains("STORY.md", "--help", "-h", "--version", "-V", "--exit-after-first-frame",
                "settings.json", "stories.json", "/home/reader/.config/quire");
    }

    @Test
    void speechToNamesTheWavFileReadAloudGoesInto() {
        assertThat(parse("--speech-to", "/tmp/x.wav", "a.md"))
                .isEqualTo(new LaunchRequest.Read(Optional.of(Path.of("a.md")), false, Optional.of(Path.of("/tmp/x.wav"))));
        assertThat(parse("--speech-to")).isInstanceOf(LaunchRequest.Mistake.class);
        assertThat(parse("--speech-to", "--help")).isInstanceOf(LaunchRequest.Mistake.class);
    }
}
