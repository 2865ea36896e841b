package quire.settings;

/**
 * What Quire remembers about one story: where the reader is (leaf block and character offset, as the
 * layout engine counts them) and whether they asked not to see the consent screen again.
 */
public record StoryState(int block, int offset, boolean skipConsent) {
    public static final StoryState NEW = new StoryState(0, 0, false);

    public StoryState {
        block = Math.max(0, block);
        offset = Math.max(0, offset);
    }

    public StoryState withPosition(int newBlock, int newOffset) {
        return new StoryState(newBlock, newOffset, skipConsent);
    }

    public StoryState withSkipConsent(boolean skip) {
        return new StoryState(block, offset, skip);
    }
}
