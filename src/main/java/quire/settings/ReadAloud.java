package quire.settings;

/** Read aloud's speed in words a minute, and its voice by eSpeak name (empty: the story's language's voice). */
public record ReadAloud(int speechRate, String speechVoice) {
    /** eSpeak's usual pace, and the range the reader can choose. */
    public static final int DEFAULT_SPEECH_RATE = 175;
    public static final int MIN_SPEECH_RATE = 80;
    public static final int MAX_SPEECH_RATE = 450;
    /** The speech voice that follows the story's language. */
    public static final String STORY_LANGUAGE_VOICE = "";

    public static final ReadAloud DEFAULTS = new ReadAloud(DEFAULT_SPEECH_RATE, STORY_LANGUAGE_VOICE);

    public ReadAloud {
        // A settings file from before read aloud has no rate: it reads as 0 and means the default.
        speechRate = speechRate <= 0 ? DEFAULT_SPEECH_RATE
                : Math.max(MIN_SPEECH_RATE, Math.min(MAX_SPEECH_RATE, speechRate));
        speechVoice = speechVoice == null ? STORY_LANGUAGE_VOICE : speechVoice.strip();
    }

    /** Pulled into 80 to 450 words a minute. */
    public ReadAloud withSpeechRate(int rate) {
        return new ReadAloud(rate, speechVoice);
    }

    public ReadAloud withSpeechVoice(String voice) {
        return new ReadAloud(speechRate, voice);
    }
}
