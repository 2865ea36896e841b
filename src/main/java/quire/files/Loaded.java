package quire.files;

import java.util.List;

/** A value read from disk, with what went wrong on the way, in words for the reader (often nothing). */
public record Loaded<T>(T value, List<String> problems) {
    public Loaded {
        problems = List.copyOf(problems);
    }
}
