package quire.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Writing a file so that a crash at any moment leaves the old content or the new, never a mix. A process
 * killed mid-write leaves its temporary file behind; {@link #removeLeftovers} clears those at a later start.
 */
public final class AtomicFiles {
    /** The names {@link #write} gives its temporary files: {@code .<target's name><random digits>.tmp}. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.json[0-9]+\\.tmp");
    /**
     * A write takes milliseconds; a temporary file a minute old is nobody's. One younger may be another
     * Quire's, writing right now.
     */
    public static final Duration LEFTOVER_AGE = Duration.ofMinutes(1);

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = createTemporary(target);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A new, empty temporary file next to {@code target}, readable by its owner only. */
    static Path createTemporary(Path target) throws IOException {
        return Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
    }

    /**
     * Deletes the temporary files of writes that never finished from {@code folder} (not its subfolders):
     * only files named as {@link #write} names them, and only those last changed {@link #LEFTOVER_AGE}
     * before {@code now}. Nothing else is touched; what cannot be listed or deleted stays for another
     * time. Returns how many were deleted.
     */
    public static int removeLeftovers(Path folder, Instant now) {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path file : files) {
                if (isLeftover(file, now) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        } catch (IOException | DirectoryIteratorException notNow) {
            // No folder yet, or one Quire may not list: the leftovers wait for a start that can.
        }
        return removed;
    }

    private static boolean isLeftover(Path file, Instant now) throws IOException {
        if (!TEMPORARY.matcher(file.getFileName().toString()).matches()) {
            return false;
        }
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(now.minus(LEFTOVER_AGE));
    }

    /** Makes the rename itself durable; not every platform lets a folder be opened, which is fine. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException notSupported) {
            // Windows cannot open a directory as a channel; its rename is already journaled.
        }
    }
}
