package quire.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import quire.epub.EpubReader;
import quire.epub.HtmlStoryReader;
import quire.story.Story;
import quire.story.StoryException;
import quire.story.StoryOpening;
import quire.story.StoryReader;

/**
 * Opens the story Quire ships (inside the jar as {@code /story/story.md}) or a file the reader names:
 * an EPUB, an (X)HTML page, or Markdown and plain text, told apart by {@link StoryFormat}.
 */
final class StoryLoader {
    static final String BUNDLED_RESOURCE = "/story/story.md";
    static final String BUNDLED_NAME = "story.md";
    /** EPUBs carry covers and illustrations; the archive reader still caps what they unpack to. */
    static final long MAX_EPUB_BYTES = 64L * 1024 * 1024;

    private final StoryReader reader = new StoryReader();

    Story bundled() throws StoryException {
        return openBundled().text();
    }

    Story file(Path path) throws StoryException {
        return open(path).text();
    }

    /** The story Quire ships, read as far as its head. */
    StoryOpening openBundled() throws StoryException {
        try (InputStream in = StoryLoader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new StoryException(BUNDLED_NAME, "the story is missing from this copy of Quire. "
                        + "Please reinstall it.");
            }
            return reader.open(BUNDLED_NAME, in.readAllBytes());
        } catch (IOException e) {
            throw new StoryException(BUNDLED_NAME, "the story inside Quire could not be read (" + e.getMessage() + ").");
        }
    }

    /** The reader's file, read as far as its head; what kind of story it is is told by {@link StoryFormat}. */
    StoryOpening open(Path path) throws StoryException {
        try {
            if (!Files.isRegularFile(path)) {
                return reader.open(path);
            }
            String name = path.toString();
            StoryFormat format = StoryFormat.of(name, read(path, StoryFormat.HEAD_BYTES, false));
            switch (format) {
                case EPUB:
                    return new EpubReader().open(name, read(path, MAX_EPUB_BYTES, true));
                case HTML:
                    return new HtmlStoryReader().open(name, read(path, StoryReader.MAX_BYTES, true));
                case PDF:
                case KINDLE:
                    throw format.refusal(name);
                default:
                    return reader.open(path);
            }
        } catch (InvalidPathException e) {
            throw new StoryException(path.toString(), "that is not a valid file name.");
        }
    }

    /** Up to {@code limit} bytes of the file; with {@code whole}, a file longer than that is refused. */
    private static byte[] read(Path path, long limit, boolean whole) throws StoryException {
        String name = path.toString();
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, whole ? limit + 1 : limit));
            if (whole && bytes.length > limit) {
                throw new StoryException(name, "the file is more than " + limit / (1024 * 1024) + " MB, and Quire opens "
                        + "stories of up to " + limit / (1024 * 1024) + " MB. Is it the right file?");
            }
            return bytes;
        } catch (AccessDeniedException denied) {
            throw new StoryException(name, "Quire is not allowed to read it. Check the file's permissions.");
        } catch (NoSuchFileException gone) {
            throw new StoryException(name, "there is no such file. Check the name and the folder.");
        } catch (IOException failure) {
            throw new StoryException(name, "the file could not be read (" + failure.getMessage() + ").");
        }
    }
}
