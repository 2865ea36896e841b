package quire.layout;

import java.util.List;
import quire.story.Story;

/**
 * A story flattened once into the leaf blocks the engine lays out. Keep one per story: every
 * re-layout (resize, font change) starts from it instead of walking the story again.
 */
public final class PreparedStory {
    private final List<LeafBlock> blocks;
    private final List<String> blockTexts;
    private final long characters;
    private Chapters chapters;

    private PreparedStory(List<LeafBlock> blocks) {
        this.blocks = blocks;
        this.blockTexts = blocks.stream().map(LeafBlock::text).toList();
        this.characters = blockTexts.stream().mapToLong(String::length).sum();
    }

    public static PreparedStory of(Story story) {
        return new PreparedStory(BlockFlattener.flatten(story));
    }

    List<LeafBlock> blocks() {
        return blocks;
    }

    /** Each leaf block's text, in reading order: what anchors index into. */
    public List<String> blockTexts() {
        return blockTexts;
    }

    /** The story's chapters (none when it is not divided into chapters); found once, when first asked. */
    public synchronized Chapters chapters() {
        if (chapters == null) {
            chapters = Chapters.of(this);
        }
        return chapters;
    }

    /** Characters of text in the whole story. */
    public long characters() {
        return characters;
    }
}
