package quire.story;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Opens a story. Reads the file with every check a reader's file deserves (exists, is a file, is not
 * huge, is text, is UTF-8), then splits metadata from body and parses both. Anything wrong becomes a
 * {@link StoryException} whose message names the file and the problem; nothing unchecked escapes.
 */
public final class StoryReader {
    /**
     * Far above any real story: a 600,000-word novel is about 4 MB, and AO3's longest works, several
     * million words, about 30 MB. The text is parsed behind the first screen, so this is a memory bound.
     */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    public Story read(Path file) throws StoryException {
        return open(file).text();
    }

    /** Reads {@code file} as far as its head; its text is parsed when asked. */
    public StoryOpening open(Path file) throws StoryException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new StoryException(name, "this is a folder, not a story file.");
        }
        if (!Files.exists(file)) {
            throw new StoryException(name, "there is no such file. Check the name and the folder.");
        }
        if (!Files.isRegularFile(file)) {
            throw new StoryException(name, "this is a device or a pipe, not a story file.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(name, String.format(Locale.ROOT, "%.1f MB", size / 1_000_000.0));
            }
            return open(name, in.readNBytes((int) MAX_BYTES + 1));
        } catch (AccessDeniedException denied) {
            throw new StoryException(name, "Quire is not allowed to read it. Check the file's permissions.");
        } catch (NoSuchFileException gone) {
            throw new StoryException(name, "there is no such file. Check the name and the folder.");
        } catch (IOException failure) {
            throw new StoryException(name, "the file could not be read (" + failure.getMessage() + ").");
        }
    }

    /**
     * Reads a story from a stream, never more than {@link #MAX_BYTES} + 1 bytes of it, so a huge file or a
     * stream that never ends is refused instead of filling memory.
     */
    public Story read(String name, InputStream in) throws IOException, StoryException {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(name, "more than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        return parse(name, bytes);
    }

    private static final String TOO_LARGE_HINT = " (a 600,000-word novel is about 4 MB). Is it the right file?";

    private static StoryException tooLarge(String name, String size) {
        return new StoryException(name, "the file is " + size + ", and Quire opens stories of up to "
                + MAX_BYTES / (1024 * 1024) + " MB" + TOO_LARGE_HINT);
    }

    /** Parses a story from its bytes; {@code sourceName} names it in messages. */
    public Story parse(String sourceName, byte[] bytes) throws StoryException {
        return open(sourceName, bytes).text();
    }

    /**
     * Reads a story's bytes as far as its head: decoded and checked, hashed, the metadata split off and
     * read. The Markdown body is parsed when the opening's text is asked for. A long text's hash is taken on
     * another core (its head's {@link StoryHead#contentHash()} waits for it), and past its first part
     * ({@link FirstPart}) it is decoded and checked only when its text is asked for.
     */
    public StoryOpening open(String sourceName, byte[] bytes) throws StoryException {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(sourceName, "more than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        // A long text's hash is taken from its bytes on another core, while they are decoded and after: valid
        // UTF-8 read with its line ends as LF is exactly the decoded text's UTF-8, less a byte-order mark.
        int bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        java.util.concurrent.CompletableFuture<String> byteHash = bytes.length >= HASH_ASIDE_BYTES
                ? java.util.concurrent.CompletableFuture.supplyAsync(() -> ContentHash.ofLines(bytes, bom))
                : null;
        boolean longWork = bytes.length > StoryOpening.LONG_TEXT_BYTES;
        try {
            Optional<FirstPart> first = FirstPart.of(sourceName, bytes);
            if (first.isPresent() && byteHash != null) {
                // The first screen waits neither for the hash nor for the rest of the text to be decoded.
                FirstPart part = first.get();
                return opening(sourceName, ContentHash.Pending.of(byteHash), part.split(), () -> part.body(sourceName),
                        longWork);
            }
            String text = StoryText.decode(sourceName, bytes);
            ContentHash.Pending hash = byteHash != null ? ContentHash.Pending.of(byteHash)
                    : ContentHash.Pending.of(ContentHash.of(text));
            if (text.isBlank()) {
                throw new StoryException(sourceName, bytes.length == 0
                        ? "the file is empty: there is no story in it."
                        : "the file holds only blank space: there is no story in it.");
            }
            MetadataSplit split = MetadataSplit.of(sourceName, text);
            String body = split.body();
            return opening(sourceName, hash, split, () -> body, longWork);
        } catch (RuntimeException | StackOverflowError unexpected) {
            throw unreadable(sourceName, unexpected);
        }
    }

    /** The body as it will be known when the text is parsed. */
    @FunctionalInterface
    private interface Body {
        String text() throws StoryException;
    }

    private static StoryOpening opening(String sourceName, ContentHash.Pending hash, MetadataSplit split, Body body,
                                        boolean longWork) {
        StoryHead head = new StoryHead(sourceName, hash, MetadataAssembler.assemble(split.fields()));
        return new StoryOpening(head, longWork, () -> {
            String text = body.text();
            return guarded(sourceName, () -> {
                var blocks = MarkdownBody.parse(text); // first: a long text's hash is being taken meanwhile
                return new Story(sourceName, head.contentHash(), head.metadata(), blocks);
            });
        });
    }

    /** Texts from this size on are hashed beside their decoding. */
    static final int HASH_ASIDE_BYTES = 256 * 1024;

    private static Story guarded(String sourceName, java.util.function.Supplier<Story> parse) throws StoryException {
        try {
            return parse.get();
        } catch (RuntimeException | StackOverflowError unexpected) {
            throw unreadable(sourceName, unexpected);
        }
    }

    /** A last line of defence: a parser bug must read as a message, never as a crash. */
    private static StoryException unreadable(String sourceName, Throwable unexpected) {
        return new StoryException(sourceName, "its text could not be read ("
                + unexpected.getClass().getSimpleName() + "). Please report this file.");
    }
}
