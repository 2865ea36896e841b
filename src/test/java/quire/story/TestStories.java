package quire.story;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test fixtures: the bundled story and the author's original post, read from the test class path. */
final class TestStories {
    static final String SEED = "/seed/000_0f94b330e0fef349.txt";
    static final String BUNDLED = "/story/story.md";

    private TestStories() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = TestStories.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Story parse(String resource) {
        try {
            return new StoryReader().parse(resource.substring(resource.lastIndexOf('/') + 1), bytes(resource));
        } catch (StoryException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
