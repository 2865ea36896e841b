package quire.speech;

import java.io.IOException;

/**
 * Where spoken sound goes, 16-bit mono: the sound card ({@link LineSink}) or a WAV file at the pace it
 * would be heard ({@link WavFileSink}). {@link #write} blocks while the sink is full, which is what paces
 * synthesis; {@link #playedFrames} is what the listener has heard so far, the clock the highlight follows.
 * Only the audio thread writes, discards and closes; any thread may ask the played frames.
 */
interface AudioSink extends AutoCloseable {

    void write(byte[] pcm, int length) throws IOException, InterruptedException;

    /** Frames heard since the sink opened or was last discarded. */
    long playedFrames();

    void pause();

    void resume();

    /** Drops the sound not yet heard (reading moves elsewhere); played frames count from 0 again. */
    void discard() throws IOException;

    @Override
    void close() throws IOException;

    /** Samples as the bytes the sinks take: 16-bit signed, little-endian, mono. */
    static byte[] pcm(short[] samples) {
        byte[] bytes = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            bytes[2 * i] = (byte) samples[i];
            bytes[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        return bytes;
    }
}
