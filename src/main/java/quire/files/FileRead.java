package quire.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The bytes of one of Quire's files, nothing when it does not exist, or why it could not be read. Only a
 * regular file is read (a link to one is followed): opening a pipe waits for a writer that never comes,
 * and a device such as {@code /dev/zero} never ends. The size is checked first, and the read itself still
 * stops one byte past the limit, since a file may grow meanwhile and some (under {@code /proc}) say they
 * are empty when they are not.
 */
public record FileRead(Optional<byte[]> bytes, Optional<String> problem) {
    /** The limit of {@link #of(Path)}, for small files such as the settings: far larger than any Quire writes. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    public static FileRead of(Path file) {
        return of(file, MAX_BYTES);
    }

    /** As {@link #of(Path)}, refusing a file of more than {@code limit} bytes (less than 2 GiB). */
    public static FileRead of(Path file, long limit) {
        if (Files.isDirectory(file)) {
            return failed("there was a folder where the file should be");
        }
        if (!Files.exists(file)) {
            return missing();
        }
        if (!Files.isRegularFile(file)) {
            return failed("it was not a regular file");
        }
        try {
            if (Files.size(file) > limit) {
                return tooLarge();
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(Math.toIntExact(limit + 1));
            }
            return bytes.length > limit ? tooLarge() : new FileRead(Optional.of(bytes), Optional.empty());
        } catch (NoSuchFileException goneMeanwhile) {
            return missing();
        } catch (AccessDeniedException denied) {
            return failed("Quire was not allowed to read it");
        } catch (IOException unreadable) {
            return failed("it could not be read (" + unreadable.getMessage() + ")");
        }
    }

    private static FileRead missing() {
        return new FileRead(Optional.empty(), Optional.empty());
    }

    private static FileRead tooLarge() {
        return failed("it was far too large to be Quire's");
    }

    private static FileRead failed(String why) {
        return new FileRead(Optional.empty(), Optional.of(why));
    }
}
