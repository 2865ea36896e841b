package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackedRunsTest {
    private static final FontSpec SERIF = new FontSpec("Serif", 16, false, false);
    private static final FontSpec ITALIC = new FontSpec("Serif", 16, false, true);
    private final String text = "The truth, Spike reflected, was always more dangerous than a lie, he said at last.";

    @Test
    void theRunsReadBackAsTheyWouldHaveBeenMadeOneByOne() {
        PackedRuns.Builder packed = new PackedRuns.Builder(text);
        List<Run> expected = new ArrayList<>();
        int start = 0;
        double x = 3;
        int run = 0;
        for (String word : text.split(" ")) { // more words than the builder's first arrays hold
            FontSpec font = run % 3 == 1 ? ITALIC : SERIF;
            double tracking = run == 5 ? 0.4 : 0;
            double scale = run == 5 ? 1.01 : 1;
            packed.add(start, start + word.length(), font, x, tracking, scale);
            expected.add(new Run(word, font, x, start, tracking, scale));
            start += word.length() + 1;
            x += word.length() * 8 + 4;
            run++;
        }
        PackedRuns runs = packed.build();
        assertThat(runs).hasSize(15).containsExactlyElementsOf(expected);
        assertThat(runs.get(5).isTracked()).isTrue();
        assertThat(runs.get(4).isTracked()).isFalse();
        assertThat(runs.get(4).scale()).isEqualTo(1);
        assertThat(runs).isEqualTo(expected);
    }

    @Test
    void effectsReadBackPerRunAndLinesWithoutThemKeepNoArrayForThem() {
        PackedRuns runs = new PackedRuns.Builder(text).add(0, 3, SERIF, 0, 0, 1)
                .add(4, 10, SERIF, 40, 0, 1, TextEffects.UNDERLINE | TextEffects.STRIKETHROUGH)
                .add(11, 16, SERIF, 90, 0, 1, TextEffects.SUPERSCRIPT).build();
        assertThat(runs.get(0).effects()).isEqualTo(TextEffects.NONE);
        assertThat(runs.get(1).isUnderlined()).isTrue();
        assertThat(runs.get(1).isStruckThrough()).isTrue();
        assertThat(runs.get(2).isUnderlined()).isFalse();
        assertThat(runs.get(2).shift()).isEqualTo(-TextEffects.SUPERSCRIPT_RISE * 16);
        assertThat(runs.get(2)).isEqualTo(new Run("Spike", SERIF, 90, 11, 0, 1, TextEffects.SUPERSCRIPT));
    }

    @Test
    void aLineWithPackedRunsKeepsThemAndIsEqualToTheSameLineWithAList() {
        PackedRuns runs = new PackedRuns.Builder(text).add(0, 3, SERIF, 0, 0, 1).add(4, 10, SERIF, 40, 0, 1).build();
        Line packed = new Line(0, 0, 10, Line.Kind.TEXT, true, false, 0, 0, 20, 15, runs, List.of(), false);
        Line listed = new Line(0, 0, 10, Line.Kind.TEXT, true, false, 0, 0, 20, 15, List.copyOf(runs), List.of(), false);
        assertThat(packed.runs()).isSameAs(runs);
        assertThat(packed).isEqualTo(listed);
        assertThat(packed.drawnText()).isEqualTo("Thetruth,");
        assertThatThrownBy(() -> runs.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> runs.add(runs.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }
}
