package quire.speech;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * A WAV file in place of the sound card ({@code --speech-to}), filled at the pace the sound would be
 * heard: a clock stands in for the card, so the highlight and the page turns happen as with speakers.
 * The header's sizes are rewritten after every block, so the file is valid whenever Quire stops. Sound
 * that would never have been heard (reading stopped or moved) is cut off the end of the file again.
 */
final class WavFileSink implements AudioSink {
    private static final int HEADER_BYTES = 44;
    /** How far the file may run ahead of the clock: the size of a sound card's buffer. */
    private static final double AHEAD_SECONDS = 0.2;

    private final RandomAccessFile file;
    private final int sampleRate;
    private final LongSupplier nanos;
    private final Pause pause;
    private final long aheadFrames;
    /** Frames in the file, and frames the clock says are heard; guarded by this. */
    private long framesInFile;
    private long heardAtMark;
    private long markNanos;
    private boolean paused;
    /** Frames in the file when played frames last started from 0. */
    private long base;

    /** How the writer waits for the clock: {@link Thread#sleep}, or a test's hand-turned clock. */
    interface Pause {
        void sleep(long millis) throws InterruptedException;
    }

    WavFileSink(Path path, int sampleRate, LongSupplier nanos) throws IOException {
        this(path, sampleRate, nanos, Thread::sleep);
    }

    WavFileSink(Path path, int sampleRate, LongSupplier nanos, Pause pause) throws IOException {
        this.pause = pause;
        this.file = new RandomAccessFile(path.toFile(), "rw");
        this.sampleRate = sampleRate;
        this.nanos = nanos;
        this.aheadFrames = (long) (sampleRate * AHEAD_SECONDS);
        file.setLength(0);
        file.write(header(0));
        markNanos = nanos.getAsLong();
    }

    /** A 44-byte PCM header for {@code dataBytes} of 16-bit mono sound at {@code sampleRate}. */
    static byte[] header(int sampleRate, long dataBytes) {
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) (36 + dataBytes));
        b.put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16);
        b.putShort((short) 1).putShort((short) 1).putInt(sampleRate).putInt(sampleRate * 2);
        b.putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) dataBytes);
        return b.array();
    }

    private byte[] header(long dataBytes) {
        return header(sampleRate, dataBytes);
    }

    @Override
    public void write(byte[] pcm, int length) throws IOException, InterruptedException {
        int even = length - length % 2;
        synchronized (this) {
            // The card would have played silence while nothing came: the clock waits for the sound instead.
            if (!paused && heard() >= framesInFile) {
                heardAtMark = framesInFile;
                markNanos = nanos.getAsLong();
            }
            file.seek(HEADER_BYTES + framesInFile * 2);
            file.write(pcm, 0, even);
            framesInFile += even / 2;
            file.seek(0);
            file.write(header(framesInFile * 2));
        }
        waitForRoom();
    }

    private void waitForRoom() throws InterruptedException {
        while (true) {
            long ahead;
            synchronized (this) {
                ahead = framesInFile - heard();
                if (ahead <= aheadFrames) {
                    return;
                }
            }
            long millis = Math.max(1, Math.min(50, (ahead - aheadFrames) * 1000 / sampleRate));
            pause.sleep(millis);
        }
    }

    /** Frames heard by the clock, never more than are in the file. */
    private synchronized long heard() {
        if (paused) {
            return heardAtMark;
        }
        long elapsed = (nanos.getAsLong() - markNanos) * sampleRate / 1_000_000_000L;
        return Math.min(framesInFile, heardAtMark + elapsed);
    }

    @Override
    public synchronized long playedFrames() {
        return Math.max(0, heard() - base);
    }

    @Override
    public synchronized void pause() {
        if (!paused) {
            heardAtMark = heard();
            paused = true;
        }
    }

    @Override
    public synchronized void resume() {
        if (paused) {
            paused = false;
            markNanos = nanos.getAsLong();
        }
    }

    @Override
    public synchronized void discard() throws IOException {
        long kept = heard();
        framesInFile = kept;
        heardAtMark = kept;
        markNanos = nanos.getAsLong();
        base = kept;
        file.setLength(HEADER_BYTES + kept * 2);
        file.seek(0);
        file.write(header(kept * 2));
    }

    /** Frames in the file now (what a listener of the file will hear). */
    synchronized long framesInFile() {
        return framesInFile;
    }

    @Override
    public synchronized void close() throws IOException {
        // What was written but not yet "heard" stays: the reader quit, the file keeps what was read to them.
        file.seek(0);
        file.write(header(framesInFile * 2));
        file.close();
    }
}
