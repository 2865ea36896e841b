package quire.speech;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

/**
 * The few functions of eSpeak NG's C API ({@code speak_lib.h}) Quire calls, bound by JNA. Only
 * {@link ESpeak} uses it, always from one thread: the library keeps global state.
 */
interface ESpeakLibrary extends Library {
    /** espeak_AUDIO_OUTPUT: synthesize into the callback, returning when the text is done. */
    int AUDIO_OUTPUT_SYNCHRONOUS = 2;
    /** Do not call exit() when the data folder is missing: return an error instead. */
    int INITIALIZE_DONT_EXIT = 0x8000;
    int CHARS_UTF8 = 1;
    int POS_CHARACTER = 1;
    int PARAMETER_RATE = 1;
    int EVENT_LIST_TERMINATED = 0;
    int EVENT_WORD = 1;
    int EVENT_SENTENCE = 2;
    int EVENT_END = 5;
    int EVENT_MSG_TERMINATED = 6;
    /** Size of espeak_EVENT on a 64-bit machine: six ints, a pointer, a union of eight bytes. */
    int EVENT_SIZE = 40;
    int EVENT_TEXT_POSITION = 8;
    int EVENT_LENGTH = 12;
    int EVENT_AUDIO_POSITION = 16;

    /** Called with a block of 16-bit mono samples and the events that fall in it (a terminated array). */
    interface SynthCallback extends Callback {
        int invoke(Pointer wav, int samples, Pointer events);
    }

    /** Returns the sample rate in Hz, or a negative error. */
    int espeak_Initialize(int output, int bufferMillis, String path, int options);

    void espeak_SetSynthCallback(SynthCallback callback);

    int espeak_SetParameter(int parameter, int value, int relative);

    int espeak_SetVoiceByName(String name);

    /** A null-terminated array of espeak_VOICE pointers. */
    Pointer espeak_ListVoices(Pointer voiceSpec);

    int espeak_Synth(byte[] text, NativeLong size, int position, int positionType, int endPosition, int flags,
                     Pointer uniqueIdentifier, Pointer userData);

    int espeak_Cancel();

    int espeak_Terminate();
}
