package quire.app;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import quire.pace.PageRead;
import quire.pace.ReadingPace;
import quire.settings.DebouncedSaver;
import quire.settings.Loaded;
import quire.settings.Preferences;
import quire.marks.Mark;
import quire.settings.MarksStore;
import quire.settings.SettingsStore;
import quire.settings.StoryState;
import quire.settings.WriteProblem;

/**
 * What Quire remembers during a run: the preferences and each story's state, as loaded at start, kept
 * current as the reader changes them, and written back a moment after each change (off the UI thread)
 * and once more on exit. Problems met while loading are kept for the window to show. Temporary files
 * that writes killed midway left in the config folder are removed a moment after start.
 */
final class Memory implements AutoCloseable {
    static final Duration SAVE_DELAY = Duration.ofMillis(400);

    private final SettingsStore store;
    private final MarksStore marksStore;
    private final DebouncedSaver saver;
    private final List<String> problems = new ArrayList<>();
    private Preferences preferences;
    private final Map<String, StoryState> stories;
    /** Each story's marks as last changed in this run: a story opened again gets them, not the file's. */
    private final Map<String, List<Mark>> marksThisRun = new java.util.HashMap<>();
    private java.util.function.Consumer<String> problemListener = problem -> { };

    Memory(SettingsStore store) {
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

    synchronized StoryState story(String hash) {
        return stories.getOrDefault(hash, StoryState.NEW);
    }

    synchronized void setStory(String hash, StoryState state) {
        if (state.equals(stories.get(hash))) {
            return;
        }
        stories.put(hash, state);
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
     * A story's saved marks, read from disk (call it off the UI thread); a damaged file is set aside and
     * its notice reported like any other problem.
     */
    List<Mark> loadMarks(String hash) {
        synchronized (this) {
            if (marksThisRun.containsKey(hash)) {
                return marksThisRun.get(hash); // newer than the file while a write is pending
            }
        }
        Loaded<List<Mark>> loaded = marksStore.load(hash);
        loaded.problems().forEach(this::report);
        return loaded.value();
    }

    /** Writes a story's marks a moment from now, replacing any earlier pending write of them. */
    void setMarks(String hash, List<Mark> marks) {
        List<Mark> copy = List.copyOf(marks);
        synchronized (this) {
            marksThisRun.put(hash, copy);
        }
        saver.schedule("marks " + hash, () -> marksStore.save(hash, copy));
    }

    private synchronized Map<String, StoryState> storiesCopy() {
        return new LinkedHashMap<>(stories);
    }

    /** Writes whatever is pending now; called on exit. */
    @Override
    public void close() {
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
