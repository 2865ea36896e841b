package quire.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import quire.place.Anchor;
import quire.place.BlockRole;

/** The story as heard: sentences in order, from the first word of the page, with the pauses between. */
class SpeechScriptTest {
    private static final List<String> TEXTS = List.of("Chapter One", "It rained. She waited\u2026 Nobody came.",
            "* * *", "Morning.", "Chapter Two");
    private static final List<BlockRole> ROLES = List.of(BlockRole.HEADING, BlockRole.PARAGRAPH,
            BlockRole.SCENE_BREAK, BlockRole.PARAGRAPH, BlockRole.HEADING);

    private static List<Utterance> all(SpeechScript script, Anchor from) {
        List<Utterance> out = new ArrayList<>();
        SpeechScript.Cursor cursor = script.from(from);
        while (cursor.hasNext()) {
            out.add(cursor.next());
        }
        return out;
    }

    @Test
    void sentencesComeInOrderWithPausesAtParagraphEndsHeadingsAndSceneBreaks() {
        List<Utterance> heard = all(new SpeechScript(TEXTS, ROLES, "en", Pauses.AT_RATE), Anchor.START);
        // An ellipsis does not end a sentence (eSpeak pauses at it within the sentence).
        assertThat(heard).extracting(Utterance::text).containsExactly("Chapter One", "It rained. ",
                "She waited\u2026 Nobody came.", "", "Morning.", "Chapter Two");
        assertThat(heard).extracting(Utterance::pauseMillis).containsExactly(Pauses.HEADING_MILLIS, 0,
                Pauses.PARAGRAPH_MILLIS, Pauses.SCENE_BREAK_MILLIS, Pauses.HEADING_MILLIS, Pauses.HEADING_MILLIS);
        assertThat(heard.get(3).words()).as("the ornament is silence, not \"asterisk\"").isEmpty();
    }

    @Test
    void readingFromTheMiddleOfASentenceStartsAtItsNextWord() {
        List<Utterance> heard = all(new SpeechScript(TEXTS, ROLES, "en", Pauses.AT_RATE), new Anchor(1, 14));
        assertThat(heard.get(0).text()).isEqualTo(" waited\u2026 Nobody came.");
        assertThat(heard.get(0).words().get(0).range().start()).isEqualTo(new Anchor(1, 15));
        // A selection that starts inside a word ("S|he") reads from the next whole word.
        heard = all(new SpeechScript(TEXTS, ROLES, "en", Pauses.AT_RATE), new Anchor(1, 12));
        assertThat(heard.get(0).words().get(0).range().start()).isEqualTo(new Anchor(1, 15));
    }

    @Test
    void readingFromASceneBreakDoesNotStartWithItsSilence() {
        List<Utterance> heard = all(new SpeechScript(TEXTS, ROLES, "en", Pauses.AT_RATE), new Anchor(2, 0));
        assertThat(heard.get(0).text()).isEqualTo("Morning.");
    }

    @Test
    void pausesShrinkAsTheVoiceSpeedsUpButNeverBelowHalf() {
        assertThat(Pauses.after(BlockRole.PARAGRAPH, false, BlockRole.PARAGRAPH, 175)).isZero();
        assertThat(Pauses.after(BlockRole.PARAGRAPH, true, BlockRole.PARAGRAPH, 175)).isEqualTo(Pauses.PARAGRAPH_MILLIS);
        assertThat(Pauses.after(BlockRole.PARAGRAPH, true, BlockRole.HEADING, 175)).isEqualTo(Pauses.HEADING_MILLIS);
        assertThat(Pauses.after(BlockRole.SCENE_BREAK, true, null, 350)).isEqualTo(Pauses.SCENE_BREAK_MILLIS / 2);
        assertThat(Pauses.after(BlockRole.SCENE_BREAK, true, null, 450)).isEqualTo(Pauses.SCENE_BREAK_MILLIS / 2);
        assertThat(Pauses.after(BlockRole.HEADING, true, null, 80)).as("slow speech keeps the written pause")
                .isEqualTo(Pauses.HEADING_MILLIS);
    }
}
