package quire.settings;

import quire.pace.ReadingPace;

/**
 * What Quire remembers about one story: where the reader is (leaf block and character offset, as the
 * layout engine counts them), whether they asked not to see the consent screen again, and their reading
 * pace in it (pages, words and time counted).
 */
public record StoryState(int block, int offset, boolean skipConsent, ReadingPace pace) {
    public static final StoryState NEW = new StoryState(0, 0, false, ReadingPace.NONE);

    public StoryState {
        block = Math.max(0, block);
        offset = Math.max(0, offset);
        pace = pace == null ? ReadingPace.NONE : pace;
    }

    public StoryState(int block, int offset, boolean skipConsent) {
        this(block, offset, skipConsent, ReadingPace.NONE);
    }

    public StoryState withPosition(int newBlock, int newOffset) {
        return new StoryState(newBlock, newOffset, skipConsent, pace);
    }

    public StoryState withSkipConsent(boolean skip) {
        return new StoryState(block, offset, skip, pace);
    }

    public StoryState withPace(ReadingPace newPace) {
        return new StoryState(block, offset, skipConsent, newPace);
    }
}
