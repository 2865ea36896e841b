package quire.story;

/**
 * What the first screen needs of a story, read before its text is parsed: the name it came by, the
 * hash that identifies its exact text, and what the author says about it. For a long work the head is
 * ready in a small fraction of the time its text takes (see {@link StoryOpening}).
 */
public record StoryHead(String sourceName, String contentHash, StoryMetadata metadata) {
}
