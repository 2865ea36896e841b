package quire.settings;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Read aloud's speed in words a minute, and the voices the reader chose, by eSpeak name, each for the
 * stories of one language ({@code speechVoices}: "en" to "English (Great Britain)"); a story in a language
 * with no voice chosen is read with eSpeak's voice for its language. {@code speechVoice} is the one voice
 * Quire remembered before voices were chosen per language: its language is not known until eSpeak lists
 * the voices, when {@link #withVoiceFoundIn} moves it into {@code speechVoices}.
 */
public record ReadAloud(int speechRate, String speechVoice, Map<String, String> speechVoices) {
    /** eSpeak's usual pace, and the range the reader can choose. */
    public static final int DEFAULT_SPEECH_RATE = 175;
    public static final int MIN_SPEECH_RATE = 80;
    public static final int MAX_SPEECH_RATE = 450;
    /** The speech voice that follows the story's language. */
    public static final String STORY_LANGUAGE_VOICE = "";

    public static final ReadAloud DEFAULTS = new ReadAloud(DEFAULT_SPEECH_RATE, STORY_LANGUAGE_VOICE, Map.of());

    public ReadAloud {
        // A settings file from before read aloud has no rate: it reads as 0 and means the default.
        speechRate = speechRate <= 0 ? DEFAULT_SPEECH_RATE
                : Math.max(MIN_SPEECH_RATE, Math.min(MAX_SPEECH_RATE, speechRate));
        speechVoice = speechVoice == null ? STORY_LANGUAGE_VOICE : speechVoice.strip();
        TreeMap<String, String> voices = new TreeMap<>();
        if (speechVoices != null) {
            speechVoices.forEach((language, voice) -> {
                if (language != null && voice != null && !voice.isBlank()) {
                    voices.put(languageKey(language), voice.strip());
                }
            });
        }
        speechVoices = java.util.Collections.unmodifiableMap(voices);
    }

    public ReadAloud(int speechRate, String speechVoice) {
        this(speechRate, speechVoice, Map.of());
    }

    /** Pulled into 80 to 450 words a minute. */
    public ReadAloud withSpeechRate(int rate) {
        return new ReadAloud(rate, speechVoice, speechVoices);
    }

    /** The voice remembered from before voices were per language; empty when it is gone. */
    public ReadAloud withSpeechVoice(String voice) {
        return new ReadAloud(speechRate, voice, speechVoices);
    }

    /**
     * The voice the reader chose for stories in {@code storyLanguage} ("fr", "en-GB"); empty for eSpeak's
     * voice of that language. The voice remembered from before stands in until its language is known.
     */
    public String voiceFor(String storyLanguage) {
        return speechVoices.getOrDefault(languageKey(storyLanguage), speechVoice);
    }

    /** {@code voice} reads the stories in {@code storyLanguage} from now on; empty: eSpeak's voice for it. */
    public ReadAloud withVoiceFor(String storyLanguage, String voice) {
        Map<String, String> voices = new TreeMap<>(speechVoices);
        if (voice == null || voice.isBlank()) {
            voices.remove(languageKey(storyLanguage));
        } else {
            voices.put(languageKey(storyLanguage), voice);
        }
        return new ReadAloud(speechRate, speechVoice, voices);
    }

    /**
     * The voice remembered from before, now that eSpeak says its language ({@code voiceLanguage}, "en-gb"):
     * it reads the stories of that language, unless the reader has chosen another for them since.
     */
    public ReadAloud withVoiceFoundIn(String voiceLanguage) {
        if (speechVoice.isEmpty()) {
            return this;
        }
        Map<String, String> voices = new TreeMap<>(speechVoices);
        voices.putIfAbsent(languageKey(voiceLanguage), speechVoice);
        return new ReadAloud(speechRate, STORY_LANGUAGE_VOICE, voices);
    }

    /** A language's main part, lower case: "en-GB", "en_gb" and "en" are all "en"; empty is English. */
    public static String languageKey(String language) {
        String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = code.indexOf('-');
        code = dash >= 0 ? code.substring(0, dash) : code;
        return code.isEmpty() ? "en" : code;
    }
}
