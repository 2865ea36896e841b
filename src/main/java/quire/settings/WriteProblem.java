package quire.settings;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;

/**
 * Why a settings file could not be written, in words a reader can act on: file-system exceptions often
 * carry nothing but the path. The writing side of what {@link FileRead} says about reading.
 */
public final class WriteProblem {
    private WriteProblem() {
    }

    public static String inWords(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "Quire is not allowed to write there.";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return "a file stands where that folder should be.";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + ".";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
