package quire.identity;

import java.util.Map;
import java.util.Optional;

/**
 * Finds which remembered story a story is, if any: the one with the same text; else the one it shares
 * an identifier with; else the one whose text it largely shares ({@link #SAME_TEXT} of either text's
 * runs of words in the other, the shorter at least {@link #LEAST_PART} of the longer); else one with the
 * same file, or the same name or summary, whose text it shares at least {@link #SOME_TEXT} of. Of
 * several, the one with an identifier in common wins, then the one sharing most text.
 */
public final class KnownStories {
    static final double SAME_TEXT = 0.6;
    static final double SOME_TEXT = 0.2;
    static final double LEAST_PART = 0.05;

    /** How a story was known again. */
    public enum How { SAME_TEXT, SAME_IDENTIFIER, SIMILAR_TEXT, SAME_FILE_OR_NAME }

    /** The remembered story's key, and how it was known. */
    public record Known(String key, How how, double shared) {
        /** True when the text is not the one remembered: marks and place must be found again in it. */
        public boolean changed() {
            return how != How.SAME_TEXT;
        }
    }

    private KnownStories() {
    }

    public static Optional<Known> recognise(StoryIdentity story, Map<String, StoryIdentity> remembered) {
        for (Map.Entry<String, StoryIdentity> entry : remembered.entrySet()) {
            if (!story.contentHash().isEmpty() && story.contentHash().equals(entry.getValue().contentHash())) {
                return Optional.of(new Known(entry.getKey(), How.SAME_TEXT, 1));
            }
        }
        Known best = null;
        for (Map.Entry<String, StoryIdentity> entry : remembered.entrySet()) {
            Optional<Known> known = compare(story, entry.getKey(), entry.getValue());
            if (known.isPresent() && (best == null || better(known.get(), best))) {
                best = known.get();
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Known> compare(StoryIdentity story, String key, StoryIdentity other) {
        double shared = shared(story.sketch(), other.sketch());
        if (story.ids().stream().anyMatch(other.ids()::contains)) {
            return Optional.of(new Known(key, How.SAME_IDENTIFIER, shared));
        }
        if (shared >= SAME_TEXT) {
            return Optional.of(new Known(key, How.SIMILAR_TEXT, shared));
        }
        boolean sameFile = !story.file().isEmpty() && story.file().equals(other.file());
        boolean sameName = !story.name().isEmpty() && story.name().equals(other.name())
                || story.name().isEmpty() && other.name().isEmpty() && !story.summary().isEmpty()
                && story.summary().equals(other.summary());
        if ((sameFile || sameName) && shared >= SOME_TEXT) {
            return Optional.of(new Known(key, How.SAME_FILE_OR_NAME, shared));
        }
        return Optional.empty();
    }

    /** The larger share of either text's runs in the other, when the shorter is not a mere sliver of the longer. */
    static double shared(TextSketch a, TextSketch b) {
        int shorter = Math.min(a.runs(), b.runs());
        int longer = Math.max(a.runs(), b.runs());
        if (shorter == 0 || shorter < longer * LEAST_PART) {
            return 0;
        }
        return Math.max(a.containedIn(b), b.containedIn(a));
    }

    private static boolean better(Known a, Known b) {
        boolean aId = a.how() == How.SAME_IDENTIFIER;
        boolean bId = b.how() == How.SAME_IDENTIFIER;
        return aId != bId ? aId : a.shared() > b.shared();
    }
}
