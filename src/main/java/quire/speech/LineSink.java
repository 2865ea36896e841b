package quire.speech;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * The sound card, through a {@code javax.sound.sampled} line. Its frame position is the clock: it moves
 * as the card plays, whatever the machine's load, so the highlight stays with the voice.
 */
final class LineSink implements AudioSink {
    /** About a fifth of a second of buffer: small enough that pause and stop feel immediate. */
    private static final double BUFFER_SECONDS = 0.2;

    private final SourceDataLine line;
    private volatile long base;

    private LineSink(SourceDataLine line) {
        this.line = line;
    }

    /** Opens the default output; the exception's message is for the reader. */
    static LineSink open(int sampleRate) throws SpeechUnavailable {
        AudioFormat format = new AudioFormat(sampleRate, 16, 1, true, false);
        try {
            SourceDataLine line = AudioSystem.getSourceDataLine(format);
            line.open(format, (int) (sampleRate * BUFFER_SECONDS) * 2);
            line.start();
            return new LineSink(line);
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            throw new SpeechUnavailable("Read aloud could not open a sound output on this computer"
                    + " (is a sound card or headset connected?). Nothing is read.", e);
        }
    }

    @Override
    public void write(byte[] pcm, int length) {
        line.write(pcm, 0, length - length % 2);
    }

    @Override
    public long playedFrames() {
        return Math.max(0, line.getLongFramePosition() - base);
    }

    @Override
    public void pause() {
        line.stop();
    }

    @Override
    public void resume() {
        line.start();
    }

    @Override
    public void discard() {
        boolean running = line.isRunning();
        line.stop();
        line.flush();
        base = line.getLongFramePosition();
        if (running) {
            line.start();
        }
    }

    @Override
    public void close() {
        line.stop();
        line.flush();
        line.close();
    }
}
