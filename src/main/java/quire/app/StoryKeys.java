package quire.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import quire.identity.KnownStories;
import quire.identity.StoryIdentity;
import quire.settings.StoryState;
import quire.story.Story;

/**
 * Which of the remembered stories a story is, and so under which key its place, consent, pace and
 * marks are kept. A story seen for the first time gets its content hash as its key, and keeps that key
 * when its text changes later ({@link KnownStories} knows it again). States written before Quire kept
 * identities are keyed by the hash of their text and are known by that alone.
 */
final class StoryKeys {
    /**
     * The key, whether the text differs from the one remembered, and the story's identity if it was
     * worked out (it is not when the text is a remembered one, or there is nothing to compare it with:
     * then the caller sketches it off the critical path).
     */
    record Resolved(String key, boolean changed, Optional<StoryIdentity> identity) {
    }

    private StoryKeys() {
    }

    static Resolved resolve(Map<String, StoryState> stories, Story story, Optional<Path> file) {
        String hash = story.contentHash();
        for (Map.Entry<String, StoryState> entry : stories.entrySet()) {
            StoryIdentity known = entry.getValue().identity();
            if (known == null ? entry.getKey().equals(hash) : known.contentHash().equals(hash)) {
                return new Resolved(entry.getKey(), false, Optional.empty());
            }
        }
        Map<String, StoryIdentity> identities = new LinkedHashMap<>();
        stories.forEach((key, state) -> {
            if (state.identity() != null) {
                identities.put(key, state.identity());
            }
        });
        if (identities.isEmpty()) {
            return new Resolved(hash, false, Optional.empty()); // nothing to compare with: sketch it later
        }
        StoryIdentity identity = StoryIdentity.of(story, file);
        return KnownStories.recognise(identity, identities)
                .map(known -> new Resolved(known.key(), true, Optional.of(identity)))
                .orElseGet(() -> new Resolved(hash, false, Optional.of(identity)));
    }
}
