package quire.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.files.Loaded;

/**
 * Which voice reads a story: the one the reader chose for stories in its language, else eSpeak's voice for
 * the story's own language (an empty choice), so an English voice never reads a French story.
 */
class ReadAloudVoicesTest {
    private static final String BRITISH = "English (Great Britain)";

    @TempDir
    Path dir;

    @Test
    void withNoVoiceChosenEveryStoryIsReadInItsOwnLanguage() {
        assertThat(ReadAloud.DEFAULTS.voiceFor("fr")).isEmpty();
        assertThat(ReadAloud.DEFAULTS.voiceFor("en")).isEmpty();
    }

    @Test
    void aVoiceChosenForAnEnglishStoryReadsEnglishStoriesOnly() {
        ReadAloud chosen = ReadAloud.DEFAULTS.withVoiceFor("en", BRITISH);
        assertThat(chosen.voiceFor("en")).isEqualTo(BRITISH);
        assertThat(chosen.voiceFor("en-US")).as("any English").isEqualTo(BRITISH);
        assertThat(chosen.voiceFor("en_GB")).isEqualTo(BRITISH);
        assertThat(chosen.voiceFor("")).as("a story that does not say is English").isEqualTo(BRITISH);
        assertThat(chosen.voiceFor("fr")).as("a French story: eSpeak's French voice").isEmpty();
        assertThat(chosen.voiceFor("de-CH")).isEmpty();
    }

    @Test
    void aVoiceChosenForAFrenchStoryKeepsTheEnglishChoice() {
        ReadAloud both = ReadAloud.DEFAULTS.withVoiceFor("en", BRITISH).withVoiceFor("fr-BE", "French (Belgium)");
        assertThat(both.voiceFor("fr")).isEqualTo("French (Belgium)");
        assertThat(both.voiceFor("en")).isEqualTo(BRITISH);
        assertThat(both.withVoiceFor("fr", ReadAloud.STORY_LANGUAGE_VOICE).voiceFor("fr"))
                .as("back to the story's language").isEmpty();
    }

    @Test
    void theVoiceRememberedBeforeVoicesWerePerLanguageGoesToItsOwnLanguage() {
        ReadAloud before = new ReadAloud(200, BRITISH);
        assertThat(before.voiceFor("fr")).as("until eSpeak says its language").isEqualTo(BRITISH);
        ReadAloud placed = before.withVoiceFoundIn("en-gb");
        assertThat(placed.speechVoice()).isEmpty();
        assertThat(placed.voiceFor("en")).isEqualTo(BRITISH);
        assertThat(placed.voiceFor("fr")).isEmpty();
        assertThat(placed.speechRate()).isEqualTo(200);
        ReadAloud choseSince = new ReadAloud(200, BRITISH, Map.of("en", "English (America)")).withVoiceFoundIn("en-gb");
        assertThat(choseSince.voiceFor("en")).as("the newer choice stays").isEqualTo("English (America)");
    }

    @Test
    void theVoicesByLanguageSurviveASaveAndALoadAndAnOldFileLoadsWithout() throws IOException {
        SettingsStore store = new SettingsStore(dir, Clock.fixed(Instant.parse("2026-12-02T17:00:00Z"), ZoneOffset.UTC));
        Files.writeString(dir.resolve(SettingsStore.PREFERENCES_FILE), "{\"schemaVersion\":1,\"reading\":{\"speechRate\":190,"
                + "\"speechVoice\":\"" + BRITISH + "\"}}", StandardCharsets.UTF_8);
        Loaded<Preferences> old = store.loadPreferences();
        assertThat(old.problems()).isEmpty();
        assertThat(old.value().reading().readAloud()).isEqualTo(new ReadAloud(190, BRITISH, Map.of()));

        ReadAloud chosen = old.value().reading().readAloud().withVoiceFoundIn("en-gb").withVoiceFor("fr", "French (France)");
        Preferences changed = new Preferences(old.value().reading().with(chosen), old.value().window(), old.value().pace());
        store.save(changed);
        assertThat(Files.readString(dir.resolve(SettingsStore.PREFERENCES_FILE), StandardCharsets.UTF_8))
                .contains("\"speechVoices\"").contains("\"fr\" : \"French (France)\"");
        Loaded<Preferences> again = store.loadPreferences();
        assertThat(again.problems()).isEmpty();
        assertThat(again.value().reading().readAloud()).isEqualTo(chosen);
        assertThat(again.value().reading().readAloud().voiceFor("en")).isEqualTo(BRITISH);
    }
}
