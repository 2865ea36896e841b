package quire.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A story's language ("fr" from its front matter or its EPUB's dc:language) picks eSpeak's voice for it,
 * as read aloud asks when the reader chose none. Needs eSpeak NG ({@code libespeak-ng1 espeak-ng-data});
 * without it the test is skipped and says so.
 */
class StoryLanguageVoiceIT {

    @Test
    void frenchAndGermanStoriesFindAnInstalledVoiceOfTheirLanguage() {
        ESpeak engine;
        try {
            engine = ESpeak.load();
        } catch (SpeechUnavailable e) {
            Assumptions.abort("eSpeak NG is not installed here: " + e.getMessage());
            return;
        }
        assertThat(engine.voices()).extracting(Voice::language).anyMatch(l -> l.startsWith("fr"))
                .anyMatch(l -> l.startsWith("de"));
        for (String language : new String[] {"fr", "fr_FR", "fr-CA", "de", "de-AT", "en"}) {
            String asked = SpeechText.voiceFor(language);
            assertThat(engine.setVoice(asked) || engine.setVoice(asked.replaceAll("-.*", "")))
                    .as("a voice for " + language).isTrue();
        }
    }
}
