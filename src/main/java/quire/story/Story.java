package quire.story;

import java.util.List;

/**
 * One story: its metadata and its body. {@code sourceName} is the file it came from as the reader
 * would name it ("story.md"), for titles and messages. {@code contentHash} identifies this exact text
 * (SHA-256 of the decoded file, hex): what Quire remembers about a story is keyed by it, so an edited
 * story counts as a new one. {@code countedWords} is the body's words as {@link WordCounter} counts them,
 * counted once when the story is made (on the thread that parses it, never the UI's).
 */
public record Story(String sourceName, String contentHash, StoryMetadata metadata, List<Block> blocks,
                    int countedWords) {

    public Story {
        blocks = List.copyOf(blocks);
    }

    public Story(String sourceName, String contentHash, StoryMetadata metadata, List<Block> blocks) {
        this(sourceName, contentHash, metadata, blocks, WordCounter.count(blocks));
    }

    /** What the first screen shows of it: name, hash and metadata. */
    public StoryHead head() {
        return new StoryHead(sourceName, contentHash, metadata);
    }

    /** The body's text as it reaches the screen, blocks separated by a blank line. */
    public String plainText() {
        return Block.plainText(blocks);
    }

    /** The author's word count when given, otherwise counted from the body. */
    public int wordCount() {
        return metadata.words().orElse(countedWords);
    }
}
