package quire.story;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the author says about the story, exactly as written. Every field is optional: a missing one is
 * empty, never {@code null} and never invented. {@code otherFields} keeps keys Quire has no slot for
 * (a disclaimer, a beta credit) with the author's own spelling of the key, in file order.
 */
public record StoryMetadata(
        Optional<String> title,
        Optional<String> author,
        Optional<String> fandom,
        Optional<String> pairing,
        List<String> characters,
        Optional<String> rating,
        List<String> warnings,
        Optional<String> category,
        List<String> tags,
        Optional<String> summary,
        Optional<String> notes,
        Optional<String> endNotes,
        OptionalInt words,
        Map<String, String> otherFields) {

    public StoryMetadata {
        characters = List.copyOf(characters);
        warnings = List.copyOf(warnings);
        tags = List.copyOf(tags);
        otherFields = Collections.unmodifiableMap(new LinkedHashMap<>(otherFields));
    }

    public static StoryMetadata empty() {
        return new StoryMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), Optional.empty(), List.of(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), OptionalInt.empty(), Map.of());
    }

    /** True when the file said nothing at all about the story. */
    public boolean isEmpty() {
        return equals(empty());
    }
}
