package quire.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import quire.place.TextRange;

/** The text eSpeak reads, and the way its positions lead back to the author's words. */
class SpeechTextTest {

    private static List<String> storyWords(String text, Utterance u) {
        return u.words().stream().map(w -> slice(text, w.range())).toList();
    }

    private static String slice(String text, TextRange r) {
        return text.substring(r.start().offset(), r.end().offset());
    }

    @Test
    void curlyQuotesEllipsesAndAccentsKeepEachWordOnItsOwnCharacters() {
        String text = "\u201cWait\u2026\u201d she said \u2014 caf\u00e9, na\u00efve\u2026 can\u2019t.";
        Utterance u = SpeechText.of(4, text, 0, text.length(), 0);
        assertThat(u.text()).as("eSpeak pauses at these marks by itself: they go through").isEqualTo(text);
        assertThat(storyWords(text, u)).containsExactly("Wait", "she", "said", "caf\u00e9", "na\u00efve", "can\u2019t");
        assertThat(u.words()).allSatisfy(w -> assertThat(w.range().start().block()).isEqualTo(4));
        assertThat(u.sentence()).isEqualTo(TextRange.inBlock(4, 1, text.length() - 1));
    }

    @Test
    void aProfileMentionIsReadAsTheNameAndEmphasisMarksAreNotSpelledOut() {
        String text = "Thanks to [profile] waywardbunnies for *this* ~ and _that_.";
        Utterance u = SpeechText.of(0, text, 0, text.length(), 0);
        assertThat(u.text()).doesNotContain("profile").doesNotContain("*").doesNotContain("_").doesNotContain("~");
        assertThat(u.text()).startsWith("Thanks to waywardbunnies for  this ");
        assertThat(storyWords(text, u)).containsExactly("Thanks", "to", "waywardbunnies", "for", "this", "and", "that");
        // eSpeak's position of "waywardbunnies" in its own text leads to the name in the story's.
        int spoken = u.text().indexOf("waywardbunnies");
        int index = u.wordAt(spoken, -1).orElseThrow();
        assertThat(slice(text, u.words().get(index).range())).isEqualTo("waywardbunnies");
    }

    @Test
    void anAuthorsSoftHyphenLeavesTheWordWholeForTheVoice() {
        String text = "extra\u00adordinary";
        Utterance u = SpeechText.of(0, text, 0, text.length(), 0);
        assertThat(u.text()).isEqualTo("extraordinary");
        assertThat(storyWords(text, u)).containsExactly(text);
    }

    @Test
    void aStretchFromTheMiddleOfABlockMapsToThatBlocksOffsets() {
        String text = "One two. Three four.";
        Utterance u = SpeechText.of(2, text, 9, text.length(), 300);
        assertThat(u.text()).isEqualTo("Three four.");
        assertThat(u.words().get(1).range()).isEqualTo(TextRange.inBlock(2, 15, 19));
        assertThat(u.pauseMillis()).isEqualTo(300);
    }

    @Test
    void eSpeaksPositionsFindTheirWordAndStayInOrder() {
        String text = "d\u00e9j\u00e0 vu, well-known.";
        Utterance u = SpeechText.of(0, text, 0, text.length(), 0);
        assertThat(storyWords(text, u)).containsExactly("d\u00e9j\u00e0", "vu", "well-known");
        assertThat(u.wordAt(0, -1)).contains(0);
        assertThat(u.wordAt(4, -1)).as("a space before a word means that word").contains(1);
        // eSpeak reports "vu" at a place inside "déjà" (it knows the phrase): the next word is meant.
        assertThat(u.wordAt(1, 0)).contains(1);
        assertThat(u.wordAt(20, 2)).isEmpty();
    }

    @Test
    void theStorysLanguageBecomesAnESpeakVoice() {
        assertThat(SpeechText.voiceFor(null)).isEqualTo("en");
        assertThat(SpeechText.voiceFor(" en_GB ")).isEqualTo("en-gb");
        assertThat(SpeechText.voiceFor("fr")).isEqualTo("fr");
    }

    @Test
    void aStorysLanguageNamesTheVoiceEspeakKnowsItBy() {
        assertThat(SpeechText.voiceFor("fr")).isEqualTo("fr");
        assertThat(SpeechText.voiceFor("en_GB")).isEqualTo("en-gb");
        assertThat(SpeechText.voiceFor(" ")).as("a story that does not say: English").isEqualTo("en");
        assertThat(SpeechText.voiceFor(null)).isEqualTo("en");
        // AO3's preface gives the language by name, in English or in itself.
        assertThat(SpeechText.voiceFor("Fran\u00e7ais")).isEqualTo("fr");
        assertThat(SpeechText.voiceFor("French")).isEqualTo("fr");
        assertThat(SpeechText.voiceFor("Deutsch")).isEqualTo("de");
        assertThat(SpeechText.voiceFor("English")).isEqualTo("en");
    }
}
