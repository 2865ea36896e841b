package quire.speech;

import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * eSpeak NG in this process, through its C library (loaded from the system at run time, never bundled:
 * it is GPL-3). Not thread-safe: the library has global state, so one thread owns an instance and makes
 * every call ({@link Narrator}'s synthesis thread). {@link #speak} is synchronous: it returns once the
 * text is spoken into the output, or the output asked to stop.
 */
final class ESpeak {
    /** The sound handed over per callback: short, so the first word is heard soon after R. */
    private static final int BUFFER_MILLIS = 60;
    /**
     * Debian names the library with its ABI number only (a development install adds the plain name):
     * asked first, it is found at once rather than after a search for the plain name.
     */
    private static final String[] LIBRARY_NAMES = {"libespeak-ng.so.1", "espeak-ng"};

    /** What receives the sound, a block at a time. */
    interface Output {
        /** {@code samples} 16-bit mono; {@code words} the words that start in it. False stops the speech. */
        boolean accept(short[] samples, List<WordEvent> words);
    }

    private final ESpeakLibrary library;
    private final int sampleRate;
    /** Kept in a field: JNA must not lose the callback to the garbage collector while eSpeak holds it. */
    private final ESpeakLibrary.SynthCallback callback = this::onSound;
    private Output output;
    /** For the text being spoken: the Java char index of each code point (eSpeak counts code points). */
    private int[] charOfCodePoint = new int[0];
    private boolean stopped;

    private ESpeak(ESpeakLibrary library, int sampleRate) {
        this.library = library;
        this.sampleRate = sampleRate;
        library.espeak_SetSynthCallback(callback);
    }

    /**
     * Loads the library and its data; the exception's message tells the reader what to install. The
     * system property {@code quire.espeakLibrary} names another library file (an unusual install; tests
     * use a name that is not there to see what a reader without eSpeak sees).
     */
    static ESpeak load() throws SpeechUnavailable {
        String other = System.getProperty("quire.espeakLibrary", "").strip();
        return other.isEmpty() ? load(LIBRARY_NAMES) : load(other);
    }

    /** Loads the first of {@code names} found on this machine. */
    static ESpeak load(String... names) throws SpeechUnavailable {
        ESpeakLibrary library = null;
        Throwable failure = null;
        for (String name : names) {
            try {
                library = Native.load(name, ESpeakLibrary.class);
                break;
            } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
                failure = e;
            }
        }
        if (library == null) {
            throw new SpeechUnavailable("Read aloud needs eSpeak NG, which is not installed: "
                    + SpeechUnavailable.INSTALL_HINT, failure);
        }
        int rate = library.espeak_Initialize(ESpeakLibrary.AUDIO_OUTPUT_SYNCHRONOUS, BUFFER_MILLIS, null,
                ESpeakLibrary.INITIALIZE_DONT_EXIT);
        if (rate <= 0) {
            throw new SpeechUnavailable("Read aloud found eSpeak NG but not its voices: "
                    + SpeechUnavailable.INSTALL_HINT);
        }
        return new ESpeak(library, rate);
    }

    int sampleRate() {
        return sampleRate;
    }

    /** The voices installed, as eSpeak lists them. */
    List<Voice> voices() {
        Pointer list = library.espeak_ListVoices(null);
        List<Voice> voices = new ArrayList<>();
        if (list == null) {
            return voices;
        }
        for (int i = 0; ; i++) {
            Pointer voice = list.getPointer((long) i * Native.POINTER_SIZE);
            if (voice == null) {
                return voices;
            }
            String name = string(voice.getPointer(0));
            // "languages" is a priority byte then a language name, repeated; the first is the main one.
            Pointer languages = voice.getPointer(Native.POINTER_SIZE);
            String language = languages == null ? "" : languages.getString(1, "UTF-8");
            if (!name.isEmpty()) {
                voices.add(new Voice(name, language));
            }
        }
    }

    private static String string(Pointer p) {
        return p == null ? "" : p.getString(0, "UTF-8");
    }

    /** True when eSpeak knows the voice (a name like "English (America)" or a language like "en-us"). */
    boolean setVoice(String name) {
        return library.espeak_SetVoiceByName(name) == 0;
    }

    /** Words a minute, 80 to 450 (eSpeak's own limits are wider). */
    void setRate(int wordsPerMinute) {
        library.espeak_SetParameter(ESpeakLibrary.PARAMETER_RATE, wordsPerMinute, 0);
    }

    /** Speaks {@code text} into {@code into}; returns false when the output stopped it. */
    boolean speak(String text, Output into) {
        byte[] utf8 = (text + "\0").getBytes(StandardCharsets.UTF_8);
        charOfCodePoint = charOfCodePoint(text);
        output = into;
        stopped = false;
        library.espeak_Synth(utf8, new NativeLong(utf8.length), 0, ESpeakLibrary.POS_CHARACTER, 0,
                ESpeakLibrary.CHARS_UTF8, null, null);
        output = null;
        return !stopped;
    }

    private int onSound(Pointer wav, int count, Pointer events) {
        if (stopped || output == null) {
            return 1;
        }
        List<WordEvent> words = new ArrayList<>();
        for (int i = 0; events != null; i++) {
            long at = (long) i * ESpeakLibrary.EVENT_SIZE;
            int type = events.getInt(at);
            if (type == ESpeakLibrary.EVENT_LIST_TERMINATED) {
                break;
            }
            if (type == ESpeakLibrary.EVENT_WORD) {
                // text_position is 1-based and counts characters (code points), not UTF-8 bytes: measured
                // with curly quotes, ellipses and accents (ESpeakIT).
                int position = javaIndex(events.getInt(at + ESpeakLibrary.EVENT_TEXT_POSITION) - 1);
                int length = events.getInt(at + ESpeakLibrary.EVENT_LENGTH);
                int millis = events.getInt(at + ESpeakLibrary.EVENT_AUDIO_POSITION);
                words.add(new WordEvent(position, length, millis));
            }
        }
        short[] samples = wav == null || count <= 0 ? new short[0] : wav.getShortArray(0, count);
        if (!output.accept(samples, words)) {
            stopped = true;
            return 1;
        }
        return 0;
    }

    /** A 0-based code point index, as a Java char index of the text being spoken. */
    private int javaIndex(int codePoint) {
        if (codePoint < 0) {
            return 0;
        }
        return codePoint < charOfCodePoint.length ? charOfCodePoint[codePoint]
                : charOfCodePoint.length == 0 ? 0 : charOfCodePoint[charOfCodePoint.length - 1] + 1;
    }

    static int[] charOfCodePoint(String text) {
        int[] index = new int[text.codePointCount(0, text.length())];
        int at = 0;
        for (int i = 0; i < index.length; i++) {
            index[i] = at;
            at += Character.charCount(text.codePointAt(at));
        }
        return index;
    }
}
