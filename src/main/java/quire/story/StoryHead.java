package quire.story;

/**
 * What the first screen needs of a story, read before its text is parsed: the name it came by, the
 * hash that identifies its exact text, and what the author says about it. For a long work the head is
 * ready in a small fraction of the time its text takes (see {@link StoryOpening}).
 *
 * <p>A long text's hash may still be being taken when the head is made: {@link #contentHash()} waits for
 * it, and {@link ContentHash.Pending#isTaken()} says whether it would.
 */
public record StoryHead(String sourceName, ContentHash.Pending hash, StoryMetadata metadata) {
    public StoryHead(String sourceName, String contentHash, StoryMetadata metadata) {
        this(sourceName, ContentHash.Pending.of(contentHash), metadata);
    }

    /** The hash of the story's exact text; waits while it is still being taken. */
    public String contentHash() {
        return hash.get();
    }
}
