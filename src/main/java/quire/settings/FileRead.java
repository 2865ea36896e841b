package quire.settings;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** The bytes of a settings file, nothing when it does not exist, or why it could not be read. */
record FileRead(Optional<byte[]> bytes, Optional<String> problem) {
    /** Far larger than any settings Quire writes; a bigger file is not ours. */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    static FileRead of(Path file) {
        if (Files.isDirectory(file)) {
            return failed("there was a folder where the file should be");
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                return failed("it was far too large to be Quire's");
            }
            return new FileRead(Optional.of(Files.readAllBytes(file)), Optional.empty());
        } catch (NoSuchFileException missing) {
            return new FileRead(Optional.empty(), Optional.empty());
        } catch (AccessDeniedException denied) {
            return failed("Quire was not allowed to read it");
        } catch (IOException unreadable) {
            return failed("it could not be read (" + unreadable.getMessage() + ")");
        }
    }

    private static FileRead failed(String why) {
        return new FileRead(Optional.empty(), Optional.of(why));
    }
}
