package quire.story;

/**
 * A story read as far as its {@link StoryHead}; {@code longWork} when parsing the rest takes long
 * enough to be kept from competing with the first frame. Its text is parsed only when {@link #text()} is asked,
 * on whichever thread asks, so the consent screen can be shown while a long work is still being read.
 * The story the text gives has the head's name and hash; its metadata may add what only the end of the
 * file says (an EPUB's end notes).
 */
public record StoryOpening(StoryHead head, boolean longWork, TextParse parse) {
    /** A Markdown or text file above this size takes long enough to parse (about a second per 8 MB) to matter. */
    public static final long LONG_TEXT_BYTES = 1024 * 1024;


    /** Parses the text; every problem is a {@link StoryException}, as with the head. */
    @FunctionalInterface
    public interface TextParse {
        Story parse() throws StoryException;
    }

    /** A story already whole: its text is there to take. */
    public static StoryOpening of(Story story) {
        return new StoryOpening(story.head(), false, () -> story);
    }

    /** The whole story; slow for a long work, so not on the UI thread. */
    public Story text() throws StoryException {
        return parse.parse();
    }
}
