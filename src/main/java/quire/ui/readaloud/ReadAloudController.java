package quire.ui.readaloud;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.StackPane;
import quire.place.Anchor;
import quire.place.TextRange;
import quire.settings.ReadAloud;
import quire.settings.ReadingSettings;
import quire.speech.Narrator;
import quire.speech.SpeechListener;
import quire.speech.SpeechScript;
import quire.speech.Spoken;
import quire.speech.Voice;
import quire.ui.RangeKind;
import quire.ui.RangeLayers;
import quire.ui.SettingsModel;
import quire.ui.page.ReaderModel;

/**
 * Read aloud in the reading view: R starts at the first word of the page in view (or of the selection),
 * R again pauses and resumes, Esc stops, Ctrl+[ and Ctrl+] change the speed. Each frame it asks the
 * {@link Narrator} which word is heard (the sound output's played frames decide, not a timer), draws it
 * and its sentence as ranges, and turns the page when the word is on the next one. Made on the first R,
 * so nothing of read aloud (eSpeak, JNA, the sound card) is loaded for a reader who never uses it.
 */
public final class ReadAloudController {
    /** Speed steps of Ctrl+[ and Ctrl+]. */
    static final int RATE_STEP = 20;
    /** Space between the bar and the window's bottom edge; it sits over the footer's right end. */
    private static final double BAR_ABOVE_WINDOW_EDGE = 6;

    private final ReaderModel model;
    private final RangeLayers ranges;
    private final SettingsModel settings;
    private final StackPane centre;
    private final javafx.beans.value.ObservableDoubleValue footerHeight;
    private final Supplier<Optional<TextRange>> selection;
    private final Consumer<String> notices;
    private final Optional<Path> speechTo;
    private Consumer<Boolean> onBarShown = shown -> {
    };
    private final AnimationTimer follow = new AnimationTimer() {
        @Override
        public void handle(long now) {
            showHeard();
        }
    };
    private Narrator narrator;
    private ReadAloudBar bar;
    private boolean reading;
    private Spoken shown;
    private Anchor startedAt = Anchor.START;
    private final StoryVoice voice;
    /** Where reading starts once eSpeak has listed its voices (see {@link #startFrom}); null when not waiting. */
    private Anchor waitingToStart;
    /** Who asked for the list of voices before eSpeak had given it: the settings panel's voice box. */
    private final List<VoiceWaiter> voiceWaiters = new java.util.ArrayList<>();
    private final javafx.beans.value.ChangeListener<ReadingSettings> speechSettings = (o, was, now) -> {
        if (!was.readAloud().equals(now.readAloud())) {
            speechSettingsChanged(now);
        }
    };

    private record VoiceWaiter(Consumer<List<Voice>> voices, Consumer<String> problem) {
    }
    /** With -Dquire.logTimings=true, prints the time from R (or a page key) to the first sound and word. */
    private static final boolean LOG_TIMINGS = Boolean.getBoolean("quire.logTimings");
    private long startedNanos;
    private boolean firstWordLogged;

    public ReadAloudController(ReaderModel model, RangeLayers ranges, SettingsModel settings, StackPane centre,
                   javafx.beans.value.ObservableDoubleValue footerHeight, Supplier<Optional<TextRange>> selection, Consumer<String> notices, Optional<Path> speechTo) {
        this.model = model;
        this.ranges = ranges;
        this.settings = settings;
        this.centre = centre;
        this.footerHeight = footerHeight;
        this.selection = selection;
        this.notices = notices;
        this.speechTo = speechTo;
        this.voice = new StoryVoice(settings, model::language);
        // The speed and voice change from the bar, Ctrl+[ and Ctrl+], and the settings panel alike.
        settings.settingsProperty().addListener(speechSettings);
    }

    /**
     * Gives the installed voices to {@code then}, loading eSpeak for them the first time (off the UI
     * thread); when it cannot be loaded, {@code problem} gets the reason, which names the package to install.
     * Either is called on the UI thread.
     */
    public void withVoices(Consumer<List<Voice>> then, Consumer<String> problem) {
        if (voice.listed()) {
            then.accept(voice.installed());
            return;
        }
        voiceWaiters.add(new VoiceWaiter(then, problem));
        narrator().listVoices();
    }

    /** The voice eSpeak was last asked to read with (tests). */
    public String voiceInUse() {
        return narrator == null ? "" : narrator.voiceInUse();
    }

    /** Told when the bar appears and goes: the footer makes room for it. */
    public void setOnBarShown(Consumer<Boolean> action) {
        onBarShown = action;
    }

    /** True from R until Esc or the story's end, paused or not. */
    public boolean isReading() {
        return reading;
    }

    public boolean barTakesKeys() {
        return bar != null && reading && bar.takesKeys();
    }

    /** Ctrl+[ and Ctrl+]. */
    public void slower() {
        changeRate(-RATE_STEP);
    }

    public void faster() {
        changeRate(RATE_STEP);
    }

    /** The reader turned the page while listening: reading goes on from the top of the new page. */
    public void readerTurnedPage() {
        if (reading) {
            model.textInView().ifPresent(view -> startFrom(view.start()));
        }
    }

    public void close() {
        settings.settingsProperty().removeListener(speechSettings);
        follow.stop();
        if (narrator != null) {
            narrator.close();
            narrator = null;
        }
    }

    /** Milliseconds from the last start to its first sound; -1 before (figures and tests). */
    public double firstSoundMillis() {
        return narrator == null ? -1 : narrator.firstSoundMillis();
    }

    /** R: starts reading aloud, or pauses and resumes. */
    public void playPause() {
        if (!reading) {
            Anchor from = selection.get().map(TextRange::start)
                    .orElseGet(() -> model.textInView().map(TextRange::start).orElse(model.anchor()));
            reading = true;
            showBar();
            startFrom(from);
        } else if (narrator.isPaused()) {
            narrator.resume();
            bar.setPaused(false);
        } else {
            narrator.pause();
            bar.setPaused(true);
        }
    }

    /**
     * Reads from {@code from} with the reader's voice for the story's language, else eSpeak's voice for it.
     * A voice remembered from before voices were per language waits for eSpeak's list, which says its
     * language: an English voice must not read a French story.
     */
    private void startFrom(Anchor from) {
        startedAt = from;
        startedNanos = System.nanoTime();
        firstWordLogged = false;
        ReadAloud s = speech();
        if (voice.waitsForVoices()) {
            waitingToStart = from;
            withVoices(listed -> {
                Anchor waiting = waitingToStart;
                if (reading && waiting != null) {
                    startFrom(waiting);
                }
            }, problem -> waitingToStart = null);
            return;
        }
        waitingToStart = null;
        SpeechScript script = new SpeechScript(model.blockTexts(), model.blockRoles(), model.language(), s.speechRate());
        narrator().start(new Narrator.Request(script, from, s.speechRate(), voice.toReadWith(), voice.language()));
        if (bar != null) {
            bar.setPaused(false);
        }
        follow.start();
    }

    /** Stops reading and takes its highlight and bar away; the page stays where the voice was. */
    /** Esc while reading, paused or not: reading aloud ends. */
    public void stop() {
        reading = false;
        follow.stop();
        if (narrator != null) {
            narrator.stop();
        }
        shown = null;
        ranges.clear(RangeKind.SPOKEN_WORD);
        ranges.clear(RangeKind.SPOKEN_SENTENCE);
        if (bar != null) {
            centre.getChildren().remove(bar);
            onBarShown.accept(false);
        }
        centre.requestFocus();
    }

    private void changeRate(int step) {
        int rate = Math.max(ReadAloud.MIN_SPEECH_RATE,
                Math.min(ReadAloud.MAX_SPEECH_RATE, speech().speechRate() + step));
        settings.update(s -> s.with(s.readAloud().withSpeechRate(rate)));
    }

    /** The bar shows the new speed or voice, and the reading goes on with it from the word heard. */
    private void speechSettingsChanged(ReadingSettings now) {
        if (bar != null) {
            bar.setRate(now.readAloud().speechRate());
            bar.showVoice(voice.chosen());
        }
        restartAtHeardWord();
    }

    private ReadAloud speech() {
        return settings.get().readAloud();
    }

    /** A new speed or voice applies from the word being heard, not after what was synthesized ahead. */
    private void restartAtHeardWord() {
        if (reading) {
            boolean paused = narrator.isPaused();
            startFrom(shown != null ? shown.word().start() : startedAt);
            if (paused) {
                narrator.pause();
                bar.setPaused(true);
            }
        }
    }

    private void showHeard() {
        if (narrator == null) {
            return;
        }
        Optional<Spoken> heard = narrator.now();
        if (heard.isEmpty() || heard.get().equals(shown)) {
            return;
        }
        shown = heard.get();
        if (LOG_TIMINGS && !firstWordLogged) {
            firstWordLogged = true;
            System.out.printf(java.util.Locale.ROOT, "quire: read aloud: first sound after %.0f ms, first word"
                    + " highlighted after %.0f ms%n", narrator.firstSoundMillis(), (System.nanoTime() - startedNanos) / 1e6);
        }
        ranges.set(RangeKind.SPOKEN_SENTENCE, List.of(shown.sentence()));
        ranges.set(RangeKind.SPOKEN_WORD, List.of(shown.word()));
        Optional<TextRange> view = model.textInView();
        if (view.isPresent() && !view.get().contains(shown.word().start())) {
            model.reveal(shown.word().start());
        }
    }

    private Narrator narrator() {
        if (narrator == null) {
            SpeechListener listener = new SpeechListener() {
                @Override
                public void ready(List<Voice> installed) {
                    Platform.runLater(() -> {
                        voice.voicesListed(installed);
                        if (bar != null) {
                            bar.setVoices(installed, voice.chosen(), model.language());
                        }
                        List<VoiceWaiter> waiting = List.copyOf(voiceWaiters);
                        voiceWaiters.clear();
                        waiting.forEach(w -> w.voices().accept(installed));
                    });
                }

                @Override
                public void voiceMissing(String asked, String used) {
                    Platform.runLater(() -> voice.missing(asked, used, notices));
                }

                @Override
                public void finished() {
                    Platform.runLater(() -> {
                        if (reading) {
                            stop();
                            notices.accept("Read aloud reached the end of the story.");
                        }
                    });
                }

                @Override
                public void problem(String message) {
                    Platform.runLater(() -> {
                        boolean wasReading = reading;
                        List<VoiceWaiter> waiting = List.copyOf(voiceWaiters);
                        voiceWaiters.clear();
                        waiting.forEach(w -> w.problem().accept(message));
                        if (reading) {
                            stop();
                        }
                        if (waiting.isEmpty() || wasReading) {
                            notices.accept(message);
                        }
                    });
                }
            };
            narrator = speechTo.map(path -> Narrator.toFile(path, listener)).orElseGet(() -> Narrator.toSpeakers(listener));
        }
        return narrator;
    }

    private void showBar() {
        if (bar == null) {
            bar = new ReadAloudBar(new ReadAloudBar.Actions() {
                @Override
                public void playPause() {
                    ReadAloudController.this.playPause();
                }

                @Override
                public void slower() {
                    changeRate(-RATE_STEP);
                }

                @Override
                public void faster() {
                    changeRate(RATE_STEP);
                }

                @Override
                public void voice(Voice picked) {
                    voice.choose(picked);
                }

                @Override
                public void stop() {
                    ReadAloudController.this.stop();
                }
            });
            // Over the footer's right end, like the search bar over its middle: never over the text.
            StackPane.setAlignment(bar, Pos.BOTTOM_RIGHT);
            StackPane.setMargin(bar, new Insets(0, 16, 0, 16));
            bar.translateYProperty().bind(javafx.beans.binding.Bindings.subtract(footerHeight, BAR_ABOVE_WINDOW_EDGE));
            bar.setVoices(voice.installed(), voice.chosen(), model.language());
        }
        bar.setRate(speech().speechRate());
        bar.setPaused(false);
        if (!centre.getChildren().contains(bar)) {
            centre.getChildren().add(bar);
            onBarShown.accept(true);
        }
    }
}
