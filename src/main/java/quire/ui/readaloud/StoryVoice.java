package quire.ui.readaloud;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import quire.settings.ReadAloud;
import quire.speech.SpeechText;
import quire.speech.Voice;
import quire.ui.SettingsModel;

/**
 * Which voice reads the story in view: the one the reader chose for stories in its language, else
 * eSpeak's voice for that language, so a voice chosen for English stories never reads a French one. A
 * voice remembered from before voices were chosen per language is placed by its language as soon as
 * eSpeak lists the voices; until then reading waits ({@link #waitsForVoices}).
 */
final class StoryVoice {
    private final SettingsModel settings;
    private final Supplier<String> storyLanguage;
    private List<Voice> installed = List.of();
    private boolean listed;

    StoryVoice(SettingsModel settings, Supplier<String> storyLanguage) {
        this.settings = settings;
        this.storyLanguage = storyLanguage;
    }

    /** The story's language as eSpeak names it ("fr", "en-gb"): the voice that reads when none is chosen. */
    String language() {
        return SpeechText.voiceFor(storyLanguage.get());
    }

    /** The reader's voice for this story's language; empty for eSpeak's voice of it. */
    String chosen() {
        return settings.get().readAloud().voiceFor(language());
    }

    /** What eSpeak is asked to read with. */
    String toReadWith() {
        String chosen = chosen();
        return chosen.isEmpty() ? language() : chosen;
    }

    /** True while a voice remembered from before has no known language: eSpeak's list will say it. */
    boolean waitsForVoices() {
        return !listed && !settings.get().readAloud().speechVoice().isEmpty();
    }

    List<Voice> installed() {
        return installed;
    }

    boolean listed() {
        return listed;
    }

    /** eSpeak listed its voices: the voice remembered from before goes to the stories of its language. */
    void voicesListed(List<Voice> voices) {
        installed = voices;
        listed = true;
        String remembered = settings.get().readAloud().speechVoice();
        voices.stream().filter(v -> !remembered.isEmpty() && v.name().equals(remembered)).findFirst()
                .ifPresent(v -> settings.update(s -> s.with(s.readAloud().withVoiceFoundIn(v.language()))));
    }

    /** The reader picked {@code voice} (empty name: the story's language) for stories in this one's language. */
    void choose(Voice voice) {
        settings.update(s -> s.with(s.readAloud().withVoiceFor(language(), voice.name())));
    }

    /** A remembered voice is gone: the story's language reads instead, and the reader is told. */
    void missing(String asked, String used, Consumer<String> notices) {
        String chosen = chosen();
        if (!chosen.isEmpty() && chosen.equals(asked)) {
            notices.accept("The voice \u201c" + asked + "\u201d is not installed any more: reading in the story\u2019s"
                    + " language (" + used + ") instead.");
            settings.update(s -> s.with(asked.equals(s.readAloud().speechVoice())
                    ? s.readAloud().withSpeechVoice(ReadAloud.STORY_LANGUAGE_VOICE)
                    : s.readAloud().withVoiceFor(language(), ReadAloud.STORY_LANGUAGE_VOICE)));
        }
    }
}
