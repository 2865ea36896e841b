package quire.speech;

import java.util.List;

/** What a {@link Narrator} tells the reader's side. Called on Quire's speech threads. */
public interface SpeechListener {
    /** eSpeak is loaded; these voices are installed. */
    void ready(List<Voice> voices);

    /** The reading reached the story's end and its last word was heard. */
    void finished();

    /** Read aloud cannot work: the message says why, in the reader's words. */
    void problem(String message);

    /** The voice asked for is not installed (any more): {@code used} reads instead. */
    default void voiceMissing(String asked, String used) {
    }
}
