package quire.speech;

/** Read aloud cannot work on this machine; the message says why and what to do, in the reader's words. */
public final class SpeechUnavailable extends Exception {
    public static final String INSTALL_HINT = "sudo apt install libespeak-ng1 espeak-ng-data";

    public SpeechUnavailable(String message) {
        super(message);
    }

    public SpeechUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
