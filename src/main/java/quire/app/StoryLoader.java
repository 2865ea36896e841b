package quire.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import quire.story.Story;
import quire.story.StoryException;
import quire.story.StoryReader;

/** Opens the story Quire ships (inside the jar as {@code /story/story.md}) or a file the reader names. */
final class StoryLoader {
    static final String BUNDLED_RESOURCE = "/story/story.md";
    static final String BUNDLED_NAME = "story.md";

    private final StoryReader reader = new StoryReader();

    Story bundled() throws StoryException {
        try (InputStream in = StoryLoader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new StoryException(BUNDLED_NAME, "the story is missing from this copy of Quire. "
                        + "Please reinstall it.");
            }
            return reader.read(BUNDLED_NAME, in);
        } catch (IOException e) {
            throw new StoryException(BUNDLED_NAME, "the story inside Quire could not be read (" + e.getMessage() + ").");
        }
    }

    Story file(Path path) throws StoryException {
        try {
            return reader.read(path);
        } catch (InvalidPathException e) {
            throw new StoryException(path.toString(), "that is not a valid file name.");
        }
    }
}
