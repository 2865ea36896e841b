package quire.app;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import quire.identity.StoryIdentity;
import quire.pace.PageRead;
import quire.pace.ReadingPace;
import quire.settings.DebouncedSaver;
import quire.files.Loaded;
import quire.settings.Preferences;
import quire.marks.Mark;
import quire.markstore.MarksStore;
import quire.settings.SettingsStore;
import quire.settings.StoryState;
import quire.settings.WriteProblem;
import quire.story.Story;
import quire.story.StoryHead;

/**
 * What Quire remembers during a run: the preferences and each story's state, as loaded at start, kept
 * current as the reader changes them, and written back a moment after each change (off the UI thread)
 * and once more on exit. Problems met while loading are kept for the window to show. Temporary files
 * that writes killed midway left in the config folder are removed a moment after start.
 *
 * <p>A story's state is kept under a key that outlives edits to its text ({@link StoryKeys}). A story
 * is {@link #recognise recognised} once when it is opened; from then on the methods here take its
 * content hash and find its key themselves, so the rest of the app need not know that a story's text
 * may have changed since it was last read (only {@link #textChanged} says so).
 */
final class Remembered implements AutoCloseable {
    static final Duration SAVE_DELAY = Duration.ofMillis(400);
    /** The longest an exit waits for a story's identity to be sketched. */
    static final Duration SKETCH_WAIT = Duration.ofSeconds(3);

    private final SettingsStore store;
    private final MarksStore marksStore;
    private final DebouncedSaver saver;
    private final List<String> problems = new ArrayList<>();
    private Preferences preferences;
    private final Map<String, StoryState> stories;
    /** The key each story opened in this run is remembered under, by its content hash. */
    private final Map<String, String> keyOfHash = new java.util.HashMap<>();
    /** The identities of changed stories, as they are now, until their place is found again. */
    private final Map<String, StoryIdentity> pendingIdentities = new java.util.HashMap<>();
    /** The keys of stories whose text changed since they were last read. */
    private final java.util.Set<String> changedKeys = new java.util.HashSet<>();
    /** Identities being sketched in the background: closing waits for them, so none is lost on a quick exit. */
    private final List<Thread> sketchers = new ArrayList<>();
    /** The keys whose marks were read from their file in this run: until then a change is not written. */
    private final java.util.Set<String> marksRead = new java.util.HashSet<>();
    /** Each story's marks as last changed in this run: a story opened again gets them, not the file's. */
    private final Map<String, List<Mark>> marksThisRun = new java.util.HashMap<>();
    private java.util.function.Consumer<String> problemListener = problem -> { };

    Remembered(SettingsStore store) {
        this.store = store;
        this.marksStore = new MarksStore(store.folder(), java.time.Clock.systemUTC());
        this.saver = new DebouncedSaver(SAVE_DELAY, this::saveFailed);
        Loaded<Preferences> loadedPreferences = store.loadPreferences();
        Loaded<Map<String, StoryState>> loadedStories = store.loadStories();
        preferences = loadedPreferences.value();
        stories = new LinkedHashMap<>(loadedStories.value());
        problems.addAll(loadedPreferences.problems());
        problems.addAll(loadedStories.problems());
        // What was read is now clean: write it back so the same damage is not reported at every start.
        if (!loadedPreferences.problems().isEmpty()) {
            saver.schedule("preferences", () -> store.save(preferences()));
        }
        if (!loadedStories.problems().isEmpty()) {
            saver.schedule("stories", () -> store.saveStories(storiesCopy()));
        }
        // On the writer's thread, a moment from now: listing two folders is no part of the first frame, and
        // no write of this run can be in the middle of making a temporary file there meanwhile.
        saver.schedule("leftovers", () -> {
            store.removeLeftovers(Instant.now());
            marksStore.removeLeftovers(Instant.now());
        });
    }

    /**
     * Tells {@code listener} about every problem: at once about those met so far, then about each one
     * met from now on (a save that failed). One lock covers both, so none falls between them.
     */
    synchronized void onProblem(java.util.function.Consumer<String> listener) {
        problems.forEach(listener);
        this.problemListener = listener;
    }

    /** Sentences about settings files that could not be used as they were; usually none. */
    synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    synchronized Preferences preferences() {
        return preferences;
    }

    synchronized void setPreferences(Preferences updated) {
        if (updated.equals(preferences)) {
            return;
        }
        preferences = updated;
        saver.schedule("preferences", () -> store.save(preferences()));
    }

    /**
     * True when a story whose text is not read yet may be one the reader chose not to be asked about:
     * a remembered story with "don't ask again" that has its hash, its file or one of its identifiers.
     * Only then does opening it wait for its text, to know for sure; any other story shows its consent
     * screen at once.
     */
    boolean mayOpenWithoutConsent(StoryHead head, Optional<Path> file) {
        List<Map.Entry<String, StoryState>> notAsking;
        synchronized (this) { // copied, so that waiting for a long text's hash holds no lock
            notAsking = stories.entrySet().stream().filter(entry -> entry.getValue().skipConsent())
                    .map(entry -> Map.entry(entry.getKey(), entry.getValue())).toList();
        }
        for (Map.Entry<String, StoryState> entry : notAsking) {
            StoryState state = entry.getValue();
            if (entry.getKey().equals(head.contentHash()) || state.identity() != null
                    && state.identity().knownWithoutText(head.contentHash(), file, head.metadata())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds which remembered story {@code story} is (the same text, or the same story changed: see
     * {@link StoryKeys}) and keeps its identity current. Cheap when the text is one Quire remembers;
     * otherwise its text is sketched, which for a long story takes some milliseconds.
     */
    void recognise(Story story, Optional<Path> file) {
        Map<String, StoryState> known;
        synchronized (this) {
            if (keyOfHash.containsKey(story.contentHash())) {
                return;
            }
            known = storiesCopy();
        }
        StoryKeys.Resolved resolved = StoryKeys.resolve(known, story, file);
        synchronized (this) {
            keyOfHash.put(story.contentHash(), resolved.key());
            if (resolved.changed()) {
                changedKeys.add(resolved.key());
                // Kept back until the reading view has found the place again in the new text: a reader who
                // quits on the consent screen finds the story changed again next time, not in the wrong place.
                resolved.identity().ifPresent(identity -> pendingIdentities.put(resolved.key(), identity));
            } else {
                resolved.identity().ifPresent(identity -> setStory(story.contentHash(),
                        story(story.contentHash()).withIdentity(identity)));
            }
        }
        if (resolved.identity().isEmpty()) {
            keepIdentityCurrent(story, file, resolved.key());
        }
    }

    /**
     * The same text as remembered: its identity is written (or its file updated) in the background, so
     * that a later edit of the text can still be known; states from before identities had none.
     */
    private void keepIdentityCurrent(Story story, Optional<Path> file, String key) {
        StoryIdentity known = story(story.contentHash()).identity();
        String where = file.map(f -> f.toAbsolutePath().normalize().toString()).orElse(StoryIdentity.BUNDLED);
        if (known != null && known.file().equals(where)) {
            return;
        }
        if (known != null) {
            synchronized (this) {
                setStory(story.contentHash(), story(story.contentHash()).withIdentity(known.withFile(where)));
            }
            return;
        }
        Thread sketcher = new Thread(() -> {
            StoryIdentity identity = StoryIdentity.of(story, file);
            synchronized (this) {
                setStory(story.contentHash(), story(story.contentHash()).withIdentity(identity));
            }
        }, "quire-story-identity");
        sketcher.setDaemon(true);
        sketcher.setPriority(Thread.MIN_PRIORITY);
        synchronized (this) {
            sketchers.add(sketcher);
        }
        sketcher.start();
    }

    /**
     * The reading view found the reader's place again in a changed story's text: from now on the story
     * is remembered as it is now, with that place ({@code placed}).
     */
    synchronized void settleChangedText(String hash, StoryState placed) {
        StoryIdentity identity = pendingIdentities.remove(keyOf(hash));
        setStory(hash, identity == null ? placed : placed.withIdentity(identity));
    }

    /** True when the story with this content hash is a remembered one whose text has changed since. */
    synchronized boolean textChanged(String hash) {
        return changedKeys.contains(keyOf(hash));
    }

    /** The key the story with this content hash is remembered under (its hash, unless it was recognised). */
    synchronized String keyOf(String hash) {
        return keyOfHash.getOrDefault(hash, hash);
    }

    synchronized StoryState story(String hash) {
        return stories.getOrDefault(keyOf(hash), StoryState.NEW);
    }

    /**
     * Replaces a story's state. A state made without an identity keeps the one remembered: the identity
     * is sketched on a thread of its own, and a state the reading view made from what it read before the
     * sketch was done must not throw it away (the story would not be known after its next edit).
     */
    synchronized void setStory(String hash, StoryState state) {
        String key = keyOf(hash);
        StoryState before = stories.get(key);
        if (state.identity() == null && before != null && before.identity() != null) {
            state = state.withIdentity(before.identity());
        }
        if (state.equals(before)) {
            return;
        }
        stories.put(key, state);
        saver.schedule("stories", () -> store.saveStories(storiesCopy()));
    }

    /**
     * Adds a page the reader read in a story to its pace and to their pace over all stories; both are
     * written a moment later, with the position and preferences.
     */
    synchronized void countPage(String hash, PageRead page) {
        setStory(hash, story(hash).withPace(story(hash).pace().plus(page)));
        setPreferences(preferences.withPace(preferences.pace().plus(page)));
    }

    /** Words a minute for "time left" in a story: the reader's own there, overall, or the default. */
    synchronized double wordsPerMinute(String hash) {
        return ReadingPace.forStory(story(hash).pace(), preferences.pace());
    }

    /**
     * The reading speed for a story's first screen: its own, or the reader's overall. A long text's hash
     * may still be being taken, and is waited for only when some remembered story has a speed of its own.
     */
    double wordsPerMinute(StoryHead head) {
        boolean anyOwn;
        synchronized (this) {
            anyOwn = stories.values().stream().anyMatch(state -> state.pace().known());
        }
        if (!anyOwn && !head.hash().isTaken()) {
            synchronized (this) {
                return ReadingPace.forStory(StoryState.NEW.pace(), preferences.pace());
            }
        }
        return wordsPerMinute(head.contentHash());
    }

    /**
     * A story's saved marks, read from disk (call it off the UI thread); a damaged file is set aside and
     * its notice reported like any other problem.
     */
    List<Mark> loadMarks(String hash) {
        String key;
        synchronized (this) {
            key = keyOf(hash);
            if (marksRead.contains(key) && marksThisRun.containsKey(key)) {
                return marksThisRun.get(key); // newer than the file while a write is pending
            }
        }
        Loaded<List<Mark>> loaded = marksStore.load(key);
        synchronized (this) {
            marksRead.add(key);
        }
        loaded.problems().forEach(this::report);
        return loaded.value();
    }

    /** Writes a story's marks a moment from now, replacing any earlier pending write of them. */
    void setMarks(String hash, List<Mark> marks) {
        List<Mark> copy = List.copyOf(marks);
        String key;
        synchronized (this) {
            key = keyOf(hash);
            marksThisRun.put(key, copy);
            if (!marksRead.contains(key)) {
                // Made before the saved marks were read: written with them once they are (see MarksModel.loaded),
                // never alone over them.
                return;
            }
        }
        saver.schedule("marks " + key, () -> marksStore.save(key, copy));
    }

    private synchronized Map<String, StoryState> storiesCopy() {
        return new LinkedHashMap<>(stories);
    }

    /** Writes whatever is pending now; called on exit. */
    @Override
    public void close() {
        List<Thread> sketching;
        synchronized (this) {
            sketching = List.copyOf(sketchers);
        }
        for (Thread sketcher : sketching) {
            try {
                sketcher.join(SKETCH_WAIT.toMillis()); // 1 MB of text is sketched in about 8 ms
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        saver.close();
    }

    private void saveFailed(Exception e) {
        String problem = "Quire could not save its settings in " + store.folder() + ": "
                + WriteProblem.inWords(e);
        java.util.function.Consumer<String> listener;
        synchronized (this) {
            problems.add(problem);
            listener = problemListener;
        }
        System.err.println("quire: " + problem);
        listener.accept(problem);
    }

    private void report(String problem) {
        java.util.function.Consumer<String> listener;
        synchronized (this) {
            problems.add(problem);
            listener = problemListener;
        }
        listener.accept(problem);
    }
}
