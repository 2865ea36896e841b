package quire.speech;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import quire.place.Anchor;

/**
 * Reads the story aloud. Two threads of its own: one owns eSpeak and synthesizes a few seconds ahead of
 * the listener (a sentence or two), the other writes the sound to the {@link AudioSink}, whose played
 * frames say which word is heard ({@link #now}). eSpeak and the sound output are loaded on first use, off
 * the UI thread. Each {@link #start} begins a new reading and drops whatever the last one had not yet
 * said. What the reader must know (nothing installed, no sound card, the story's end) reaches the
 * {@link SpeechListener}, on one of these threads.
 */
public final class Narrator implements AutoCloseable {
    /** Sound synthesized ahead of the listener, in blocks of about 60 ms: about ten seconds. */
    private static final int QUEUE_BLOCKS = 160;
    private static final int SILENCE_BLOCK_MILLIS = 50;

    /** Opens the sound output once eSpeak has said its sample rate. */
    interface Sinks {
        AudioSink open(int sampleRate) throws SpeechUnavailable;
    }

    /**
     * Read {@code script} from {@code from} at {@code wordsPerMinute} with {@code voice} (a name or language);
     * when that voice is not installed, with {@code fallback} (the story's language) instead.
     */
    public record Request(SpeechScript script, Anchor from, int wordsPerMinute, String voice, String fallback) {
        public Request(SpeechScript script, Anchor from, int wordsPerMinute, String voice) {
            this(script, from, wordsPerMinute, voice, voice);
        }
    }

    private record Session(int generation, SpokenTimeline timeline, long startNanos) {
    }

    /** Sound for the audio thread; {@code end} marks the reading's last, after {@code totalFrames}. */
    private record Block(int generation, byte[] pcm, boolean end, long totalFrames) {
    }

    private final Sinks sinks;
    private final SpeechListener listener;
    private final ExecutorService engineThread;
    private final Thread audioThread;
    private final BlockingQueue<Block> queue = new LinkedBlockingQueue<>(QUEUE_BLOCKS);
    private volatile Session current = new Session(0, new SpokenTimeline(), 0);
    private volatile int playing;
    private volatile AudioSink sink;
    private volatile boolean paused;
    private volatile boolean closed;
    private volatile long firstSoundNanos = -1;
    private volatile String voiceInUse = "";
    private ESpeak engine;
    private boolean voicesListed;
    private int sampleRate = 22050;

    private Narrator(Sinks sinks, SpeechListener listener) {
        this.sinks = sinks;
        this.listener = listener;
        this.engineThread = Executors.newSingleThreadExecutor(r -> daemon(r, "quire-speech"));
        this.audioThread = daemon(this::play, "quire-speech-audio");
        audioThread.start();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Reads aloud through the sound card. */
    public static Narrator toSpeakers(SpeechListener listener) {
        return new Narrator(LineSink::open, listener);
    }

    /** Reads aloud into a WAV file, at the pace it would be heard ({@code --speech-to}). */
    public static Narrator toFile(Path wav, SpeechListener listener) {
        return new Narrator(rate -> {
            try {
                return new WavFileSink(wav, rate, System::nanoTime);
            } catch (IOException e) {
                throw new SpeechUnavailable("Read aloud cannot write " + wav + ": " + e.getMessage(), e);
            }
        }, listener);
    }

    // ---- commands (any thread) ----

    /** Starts reading as {@code request} says, dropping what an earlier reading had not yet said. */
    public synchronized void start(Request request) {
        Session session = new Session(current.generation() + 1, new SpokenTimeline(), System.nanoTime());
        current = session;
        firstSoundNanos = -1;
        queue.clear();
        discardNow();
        engineThread.execute(() -> synthesize(session, request));
    }

    /** Stops reading; what was not yet heard is dropped. */
    public synchronized void stop() {
        current = new Session(current.generation() + 1, new SpokenTimeline(), System.nanoTime());
        queue.clear();
        discardNow();
    }

    public void pause() {
        paused = true;
        AudioSink s = sink;
        if (s != null) {
            s.pause();
        }
    }

    public void resume() {
        paused = false;
        AudioSink s = sink;
        if (s != null) {
            s.resume();
        }
    }

    public boolean isPaused() {
        return paused;
    }

    /** The word heard now and its sentence; empty before the first word and after a stop. */
    public Optional<Spoken> now() {
        Session session = current;
        AudioSink s = sink;
        if (s == null || playing != session.generation()) {
            return Optional.empty();
        }
        return session.timeline().at(s.playedFrames());
    }

    /** Milliseconds from the last {@link #start} to its first sound reaching the output; -1 before. */
    public double firstSoundMillis() {
        return firstSoundNanos < 0 ? -1 : firstSoundNanos / 1e6;
    }

    /** The voice the last reading was synthesized with, as eSpeak was asked for it; empty before. */
    public String voiceInUse() {
        return voiceInUse;
    }

    /**
     * Loads eSpeak (off the UI thread) to list the installed voices for the {@link SpeechListener#ready}, or
     * tells its {@link SpeechListener#problem}; the sound output is not opened.
     */
    public void listVoices() {
        engineThread.execute(() -> {
            if (!closed && engineReady()) {
                voicesListed = true;
                listener.ready(engine.voices());
            }
        });
    }

    /** Frames heard in the current reading (for figures and tests). */
    long playedFrames() {
        AudioSink s = sink;
        return s == null ? 0 : s.playedFrames();
    }

    int sampleRate() {
        return sampleRate;
    }

    /** Every word the current reading has synthesized so far, in order (for tests). */
    List<Spoken> wordsSoFar() {
        return current.timeline().words();
    }

    @Override
    public void close() {
        closed = true;
        stop();
        engineThread.shutdownNow();
        audioThread.interrupt();
        try {
            audioThread.join(500);
            engineThread.awaitTermination(500, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        AudioSink s = sink;
        sink = null;
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                // The reader is quitting; the file's header was already written after its last block.
            }
        }
    }

    private void discardNow() {
        AudioSink s = sink;
        if (s == null) {
            return;
        }
        if (paused) {
            resume();
        }
        try {
            s.discard();
        } catch (IOException e) {
            listener.problem("Read aloud could not write its sound file: " + e.getMessage());
        }
    }

    // ---- the speech thread ----

    private boolean ready() {
        if (!engineReady()) {
            return false;
        }
        try {
            if (sink == null) {
                sink = sinks.open(sampleRate);
            }
            return true;
        } catch (SpeechUnavailable e) {
            listener.problem(e.getMessage());
            return false;
        } catch (RuntimeException | LinkageError e) {
            listener.problem("Read aloud could not open its sound output (" + e.getClass().getSimpleName() + ")");
            return false;
        }
    }

    private boolean engineReady() {
        try {
            if (engine == null) {
                engine = ESpeak.load();
                sampleRate = engine.sampleRate();
            }
            return true;
        } catch (SpeechUnavailable e) {
            listener.problem(e.getMessage());
            return false;
        } catch (RuntimeException | LinkageError e) {
            listener.problem("Read aloud could not start eSpeak NG (" + e.getClass().getSimpleName() + "): "
                    + SpeechUnavailable.INSTALL_HINT);
            return false;
        }
    }

    /** Sets the voice asked for, else the fallback (said to the listener), else English. */
    private void chooseVoice(Request request) {
        String asked = request.voice();
        if (engine.setVoice(asked) || engine.setVoice(asked.replaceAll("-.*", ""))) {
            voiceInUse = asked;
            return;
        }
        String used = engine.setVoice(request.fallback()) || engine.setVoice(request.fallback().replaceAll("-.*", ""))
                ? request.fallback() : "en";
        if (used.equals("en")) {
            engine.setVoice("en");
        }
        voiceInUse = used;
        listener.voiceMissing(asked, used);
    }

    private void synthesize(Session session, Request request) {
        if (session != current || closed || !ready()) {
            return;
        }
        engine.setRate(request.wordsPerMinute());
        chooseVoice(request);
        long[] frames = {0};
        SpeechScript.Cursor cursor = request.script().from(request.from());
        while (cursor.hasNext() && session == current) {
            Utterance utterance = cursor.next();
            if (!utterance.text().isBlank() && !speak(session, utterance, frames)) {
                return;
            }
            // eSpeak reads every voice file to list them: done after the first sentence, not before it.
            if (!voicesListed) {
                voicesListed = true;
                listener.ready(engine.voices());
            }
            if (!silence(session, utterance.pauseMillis(), frames)) {
                return;
            }
        }
        put(new Block(session.generation(), new byte[0], true, frames[0]), session);
    }

    private boolean speak(Session session, Utterance utterance, long[] frames) {
        long start = frames[0];
        int[] last = {-1};
        return engine.speak(utterance.text(), (samples, words) -> {
            if (session != current) {
                return false;
            }
            for (WordEvent word : words) {
                if (word.length() == 0) {
                    continue; // eSpeak's marks for pauses, not words
                }
                utterance.wordAt(word.position(), last[0]).ifPresent(index -> {
                    last[0] = index;
                    session.timeline().add(start + (long) word.millis() * sampleRate / 1000,
                            new Spoken(utterance.words().get(index).range(), utterance.sentence()));
                });
            }
            frames[0] += samples.length;
            return put(new Block(session.generation(), AudioSink.pcm(samples), false, 0), session);
        });
    }

    private boolean silence(Session session, int millis, long[] frames) {
        int left = millis * sampleRate / 1000;
        while (left > 0) {
            int n = Math.min(left, SILENCE_BLOCK_MILLIS * sampleRate / 1000);
            frames[0] += n;
            left -= n;
            if (!put(new Block(session.generation(), new byte[n * 2], false, 0), session)) {
                return false;
            }
        }
        return true;
    }

    /** Waits for room ahead of the listener; false when the reading was stopped meanwhile. */
    private boolean put(Block block, Session session) {
        try {
            while (session == current && !closed) {
                if (queue.offer(block, 50, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }


    // ---- the audio thread ----

    private void play() {
        try {
            while (!closed) {
                Block block = queue.poll(20, TimeUnit.MILLISECONDS);
                Session session = current;
                AudioSink s = sink;
                if (s != null && playing != session.generation()) {
                    s.discard();
                    playing = session.generation();
                }
                if (block == null || block.generation() != session.generation() || s == null) {
                    continue;
                }
                if (block.end()) {
                    awaitEnd(session, s, block.totalFrames());
                    continue;
                }
                if (block.pcm().length > 0 && firstSoundNanos(session)) {
                    firstSoundNanos = System.nanoTime() - session.startNanos();
                }
                s.write(block.pcm(), block.pcm().length);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            listener.problem("Read aloud could not write its sound: " + e.getMessage());
        }
    }

    private Session measured;

    /** True for a reading's first sound block. */
    private boolean firstSoundNanos(Session session) {
        if (measured == session) {
            return false;
        }
        measured = session;
        return true;
    }

    private void awaitEnd(Session session, AudioSink s, long totalFrames) throws InterruptedException {
        while (session == current && !closed && s.playedFrames() < totalFrames) {
            Thread.sleep(20);
        }
        if (session == current && !closed) {
            listener.finished();
        }
    }
}
