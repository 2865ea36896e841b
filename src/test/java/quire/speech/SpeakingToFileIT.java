package quire.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.place.Anchor;
import quire.place.BlockRole;
import quire.place.TextRange;

/**
 * eSpeak NG for real: a paragraph spoken into a WAV file. Needs {@code libespeak-ng1} and
 * {@code espeak-ng-data} (CI installs them); without them the test is skipped and says so.
 */
class SpeakingToFileIT {
    private static final String PARAGRAPH = "\u201cWait\u2026\u201d she said \u2014 the caf\u00e9 was na\u00efve"
            + " about it. Nobody\u2019s coming back, not tonight. [profile] waywardbunnies knew.";
    private static final int RATE = 400;

    @TempDir
    Path folder;

    @Test
    void aParagraphIsSpokenIntoAValidWavWithItsWordsInOrder() throws Exception {
        Path wav = folder.resolve("spoken.wav");
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<String> problem = new AtomicReference<>();
        List<String> blocks = List.of(PARAGRAPH);
        List<Spoken> heard = new ArrayList<>();
        try (Narrator narrator = Narrator.toFile(wav, listener(done, problem))) {
            narrator.start(new Narrator.Request(new SpeechScript(blocks, List.of(BlockRole.PARAGRAPH), "en", RATE),
                    Anchor.START, RATE, "en"));
            // Follow the highlight as the reading view does, from the played frames.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (done.getCount() > 0 && problem.get() == null && System.nanoTime() < deadline) {
                narrator.now().filter(s -> heard.isEmpty() || !heard.get(heard.size() - 1).equals(s)).ifPresent(heard::add);
                Thread.sleep(5);
            }
            Assumptions.assumeTrue(problem.get() == null || !problem.get().contains("install"),
                    "eSpeak NG is not installed here (" + problem.get() + "); CI installs libespeak-ng1 espeak-ng-data");
            assertThat(problem.get()).isNull();
            assertThat(done.getCount()).as("the reading reached its end").isZero();
            List<String> synthesized = narrator.wordsSoFar().stream().map(s -> text(s.word())).toList();
            assertThat(synthesized).containsExactly("Wait", "she", "said", "the", "caf\u00e9", "was", "na\u00efve",
                    "about", "it", "Nobody\u2019s", "coming", "back", "not", "tonight", "waywardbunnies", "knew");
            assertThat(heard.stream().map(s -> text(s.word())).toList()).as("highlighted while heard, in order")
                    .isSubsetOf(synthesized).hasSizeGreaterThan(synthesized.size() / 2);
        }
        byte[] bytes = Files.readAllBytes(wav);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(b.getInt(4)).isEqualTo(bytes.length - 8);
        assertThat(b.getInt(40)).isEqualTo(bytes.length - 44);
        int rate = b.getInt(24);
        double seconds = (bytes.length - 44) / 2.0 / rate;
        double expected = 16 * 60.0 / RATE;
        assertThat(seconds).as("length of the spoken paragraph").isBetween(expected * 0.6, expected * 2.5);
        assertThat(rms(b, rate)).as("not silence").isGreaterThan(500);
    }

    private static String text(TextRange range) {
        return PARAGRAPH.substring(range.start().offset(), range.end().offset());
    }

    private static double rms(ByteBuffer b, int rate) {
        double sum = 0;
        int n = 0;
        for (int at = 44; at + 1 < b.limit(); at += 2, n++) {
            double v = b.getShort(at);
            sum += v * v;
        }
        return Math.sqrt(sum / Math.max(1, n));
    }

    private static SpeechListener listener(CountDownLatch done, AtomicReference<String> problem) {
        return new SpeechListener() {
            @Override
            public void ready(List<Voice> voices) {
            }

            @Override
            public void finished() {
                done.countDown();
            }

            @Override
            public void problem(String message) {
                problem.compareAndSet(null, message);
            }
        };
    }
}
