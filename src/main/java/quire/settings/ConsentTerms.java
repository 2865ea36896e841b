package quire.settings;

import quire.story.StoryMetadata;

/**
 * The part of a story's metadata a reader's consent is given for: its rating and its warnings, as one
 * string to keep and compare. When a story changes and these change with it, "don't ask again" no
 * longer holds and the consent screen is shown again.
 */
public final class ConsentTerms {
    private ConsentTerms() {
    }

    public static String of(StoryMetadata metadata) {
        StringBuilder terms = new StringBuilder("rating: ").append(metadata.rating().orElse("").strip());
        metadata.warnings().forEach(w -> terms.append("\nwarning: ").append(w.strip()));
        return terms.toString();
    }
}
