package quire.marks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExportFormatTest {
    @Test
    void aJsonNameInAnyCaseIsJsonAndAMarkdownNameIsMarkdownWhateverElseIsAsked() {
        assertThat(ExportFormat.named("/home/r/marks.json", ExportFormat.MARKDOWN)).isEqualTo(ExportFormat.JSON);
        assertThat(ExportFormat.named("MARKS.JSON", ExportFormat.MARKDOWN)).isEqualTo(ExportFormat.JSON);
        assertThat(ExportFormat.named("marks.md", ExportFormat.JSON)).isEqualTo(ExportFormat.MARKDOWN);
        assertThat(ExportFormat.named("Marks.Markdown", ExportFormat.JSON)).isEqualTo(ExportFormat.MARKDOWN);
    }

    @Test
    void anyOtherNameGetsTheFormatChosenElsewhere() {
        assertThat(ExportFormat.named("marks.txt", ExportFormat.JSON)).isEqualTo(ExportFormat.JSON);
        assertThat(ExportFormat.named("marks", ExportFormat.MARKDOWN)).isEqualTo(ExportFormat.MARKDOWN);
        assertThat(ExportFormat.named("marks.json.bak", ExportFormat.MARKDOWN)).isEqualTo(ExportFormat.MARKDOWN);
    }
}
