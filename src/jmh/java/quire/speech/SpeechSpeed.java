package quire.speech;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import quire.layout.PreparedStory;
import quire.layout.StoryGenerator;
import quire.place.Anchor;
import quire.story.StoryReader;

/**
 * Read aloud's figures for docs/benchmarks.md: loading eSpeak NG, the time from "start" to the first
 * sound reaching the output, and synthesis speed against real time on the bundled story and in the middle
 * of the generated 1 MB story. Plain timing, not JMH: each figure is a first-use cost or a long run.
 *   mvn -Pbench -DskipTests test-compile exec:exec -Dbench.main=quire.speech.SpeechSpeed -Dbench.args=
 */
public final class SpeechSpeed {
    private SpeechSpeed() {
    }

    public static void main(String[] args) throws Exception {
        PreparedStory bundled;
        try (InputStream in = StoryReader.class.getResourceAsStream("/story/story.md")) {
            bundled = PreparedStory.of(new StoryReader().parse("story.md", in.readAllBytes()));
        }
        PreparedStory megabyte = PreparedStory.of(StoryGenerator.story(1_000_000));

        for (int run = 1; run <= 3; run++) {
            Path wav = Files.createTempFile("quire-speech", ".wav");
            CountDownLatch ready = new CountDownLatch(1);
            try (Narrator narrator = Narrator.toFile(wav, listener(ready))) {
                long started = System.nanoTime();
                narrator.start(new Narrator.Request(script(megabyte, 175), middle(megabyte), 175, "en"));
                while (narrator.firstSoundMillis() < 0 && System.nanoTime() - started < 10_000_000_000L) {
                    Thread.sleep(1);
                }
                System.out.printf(Locale.ROOT, "start to first sound (new narrator %d, eSpeak %s): %.0f ms%n", run,
                        run == 1 ? "loaded now" : "already in the process", narrator.firstSoundMillis());
                // The same narrator again, as a second R or a page key does.
                Thread.sleep(300);
                narrator.start(new Narrator.Request(script(bundled, 175), Anchor.START, 175, "en"));
                long again = System.nanoTime();
                while (narrator.firstSoundMillis() < 0 && System.nanoTime() - again < 5_000_000_000L) {
                    Thread.sleep(1);
                }
                System.out.printf(Locale.ROOT, "  restart at another place, same narrator: %.0f ms%n",
                        narrator.firstSoundMillis());
            }
            Files.deleteIfExists(wav);
        }

        ESpeak engine = ESpeak.load();
        engine.setVoice("en");
        for (int rate : new int[] {175, 450}) {
            engine.setRate(rate);
            speed(engine, "bundled story", bundled, Anchor.START, rate, 400);
            speed(engine, "1 MB story, from its middle", megabyte, middle(megabyte), rate, 400);
        }
    }

    private static Anchor middle(PreparedStory story) {
        return new Anchor(story.blockTexts().size() / 2, 0);
    }

    private static SpeechScript script(PreparedStory story, int rate) {
        return new SpeechScript(story.blockTexts(), story.blockRoles(), story.language(), rate);
    }

    private static void speed(ESpeak engine, String what, PreparedStory story, Anchor from, int rate, int limit) {
        SpeechScript.Cursor cursor = script(story, rate).from(from);
        long samples = 0;
        int utterances = 0;
        long slowest = 0;
        long started = System.nanoTime();
        long[] count = {0};
        while (cursor.hasNext() && utterances < limit) {
            Utterance u = cursor.next();
            long one = System.nanoTime();
            count[0] = 0;
            engine.speak(u.text(), (s, w) -> {
                count[0] += s.length;
                return true;
            });
            slowest = Math.max(slowest, System.nanoTime() - one);
            samples += count[0];
            utterances++;
        }
        double wall = (System.nanoTime() - started) / 1e9;
        double audio = samples / (double) engine.sampleRate();
        System.out.printf(Locale.ROOT, "%s at %d wpm: %d utterances, %.1f s of speech in %.2f s: %.0fx real time;"
                + " slowest utterance %.1f ms%n", what, rate, utterances, audio, wall, audio / wall, slowest / 1e6);
    }

    private static SpeechListener listener(CountDownLatch ready) {
        return new SpeechListener() {
            @Override
            public void ready(List<Voice> voices) {
                ready.countDown();
            }

            @Override
            public void finished() {
            }

            @Override
            public void problem(String message) {
                System.out.println("problem: " + message);
            }
        };
    }
}
