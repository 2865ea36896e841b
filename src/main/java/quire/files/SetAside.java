package quire.files;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Keeps a damaged or foreign file of Quire's out of the way without losing it: renamed (or copied) next
 * to itself with a timestamp, e.g. {@code settings.json.broken-20261124-061500}. Returns the sentence that
 * tells the reader what happened.
 */
public final class SetAside {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final Clock clock;

    public SetAside(Clock clock) {
        this.clock = clock;
    }

    public String moveAside(Path file, String what, String why) {
        Path aside = freeName(file, "broken");
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
            return sentence(file, what, why) + " Quire started with default " + what + " and kept the old file as "
                    + aside.getFileName() + ".";
        } catch (IOException e) {
            return sentence(file, what, why) + " Quire is using default " + what + " and could not move the file "
                    + "aside (" + e.getMessage() + ").";
        }
    }

    public String copyAside(Path file, String what, String why) {
        return copy(file, what, why).sentence();
    }

    /** What {@link #copy} did: the sentence for the reader, and where the copy is when one was made. */
    public record Copy(String sentence, Optional<Path> kept) {
    }

    /**
     * Copies {@code file} next to itself, unless a copy with the same bytes was kept before: a file read
     * with the same problem at every start would otherwise leave one more copy each time.
     */
    public Copy copy(Path file, String what, String why) {
        Optional<Path> earlier = earlierCopy(file);
        if (earlier.isPresent()) {
            return new Copy(sentence(file, what, why) + " A copy of the file was kept as " + earlier.get().getFileName()
                    + ".", earlier);
        }
        Path aside = freeName(file, "kept");
        try {
            Files.copy(file, aside);
            return new Copy(sentence(file, what, why) + " A copy of the file was kept as " + aside.getFileName() + ".",
                    Optional.of(aside));
        } catch (IOException e) {
            return new Copy(sentence(file, what, why) + " (A copy could not be kept: " + e.getMessage() + ".)",
                    Optional.empty());
        }
    }

    private static Optional<Path> earlierCopy(Path file) {
        String prefix = file.getFileName() + ".kept-";
        DirectoryStream.Filter<Path> copies = p -> p.getFileName().toString().startsWith(prefix);
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(file.toAbsolutePath().getParent(), copies)) {
            long size = Files.size(file);
            for (Path sibling : siblings) {
                if (Files.isRegularFile(sibling, LinkOption.NOFOLLOW_LINKS) && Files.size(sibling) == size
                        && Files.mismatch(sibling, file) == -1) {
                    return Optional.of(sibling);
                }
            }
        } catch (IOException | DirectoryIteratorException unlisted) {
            // Then a new copy is made, as if there were none.
        }
        return Optional.empty();
    }

    private static String sentence(Path file, String what, String why) {
        return "Quire\u2019s " + what + " file (" + file + ") was not used as it was: " + why + ".";
    }

    private Path freeName(Path file, String label) {
        String base = file.getFileName() + "." + label + "-" + STAMP.format(clock.instant());
        Path candidate = file.resolveSibling(base);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = file.resolveSibling(base + "-" + n);
        }
        return candidate;
    }
}
