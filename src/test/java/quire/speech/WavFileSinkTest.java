package quire.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The WAV file stands in for the sound card: valid at every moment, and heard at the pace of a clock. */
class WavFileSinkTest {
    private static final int RATE = 1000;

    @TempDir
    Path folder;

    private static void assertValid(Path wav, long frames) throws Exception {
        byte[] bytes = Files.readAllBytes(wav);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(bytes.length).isEqualTo(44 + frames * 2);
        assertThat(b.getInt(4)).isEqualTo(bytes.length - 8);
        assertThat(b.getInt(24)).isEqualTo(RATE);
        assertThat(b.getInt(40)).isEqualTo(bytes.length - 44);
    }

    @Test
    void theHeaderIsRightAfterEveryBlockAndHeardFramesFollowTheClock() throws Exception {
        AtomicLong now = new AtomicLong();
        Path wav = folder.resolve("out.wav");
        WavFileSink sink = new WavFileSink(wav, RATE, now::get);
        assertValid(wav, 0);
        sink.write(new byte[200], 200); // 100 frames, within the 200 the sink may run ahead
        assertValid(wav, 100);
        assertThat(sink.playedFrames()).isZero();
        now.addAndGet(50_000_000); // 50 ms: 50 frames heard
        assertThat(sink.playedFrames()).isEqualTo(50);
        now.addAndGet(1_000_000_000);
        assertThat(sink.playedFrames()).as("never more than was written").isEqualTo(100);
        sink.pause();
        sink.write(new byte[100], 100);
        now.addAndGet(1_000_000_000);
        assertThat(sink.playedFrames()).as("paused: the clock stands still").isEqualTo(100);
        sink.resume();
        now.addAndGet(20_000_000);
        assertThat(sink.playedFrames()).isEqualTo(120);
        sink.discard();
        assertValid(wav, 120);
        assertThat(sink.playedFrames()).as("counted from the discard").isZero();
        sink.close();
        assertValid(wav, 120);
    }

    @Test
    void writingWaitsForTheClockSoTheFileGrowsAtThePaceOfSpeech() throws Exception {
        Path wav = folder.resolve("paced.wav");
        long[] clock = {5_000_000_000L}; // a hand-turned clock: waiting for it turns it
        WavFileSink sink = new WavFileSink(wav, RATE, () -> clock[0], millis -> clock[0] += millis * 1_000_000L);
        long started = clock[0];
        for (int i = 0; i < 5; i++) {
            sink.write(new byte[200], 200); // 0.1 s each
            double ahead = (i + 1) * 0.1 - (clock[0] - started) / 1e9;
            assertThat(ahead).as("sound written ahead of the clock after write " + (i + 1)).isLessThanOrEqualTo(0.2 + 1e-9);
        }
        // 0.5 s of sound, 0.2 s of which may be written ahead: the writer waited 0.3 s of the clock.
        assertThat((clock[0] - started) / 1e9).isCloseTo(0.3, org.assertj.core.data.Offset.offset(0.01));
        sink.close();
        assertValid(wav, 500);
    }
}
