package quire.story;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One metadata entry as the file wrote it: the key in the author's spelling and its value(s).
 * Both front matter and post headers produce these; {@link MetadataAssembler} turns them into records.
 */
record MetadataField(String key, List<String> values) {

    MetadataField {
        values = List.copyOf(values);
    }

    /** The slots Quire knows. Anything else is kept under the author's own key. */
    enum Slot { TITLE, AUTHOR, FANDOM, PAIRING, CHARACTERS, RATING, WARNINGS, CATEGORY, TAGS, SUMMARY, NOTES, END_NOTES, WORDS }

    private static final Map<String, Slot> SLOTS = Map.ofEntries(
            Map.entry("title", Slot.TITLE),
            Map.entry("author", Slot.AUTHOR),
            Map.entry("fandom", Slot.FANDOM),
            Map.entry("fandoms", Slot.FANDOM),
            Map.entry("pairing", Slot.PAIRING),
            Map.entry("pairings", Slot.PAIRING),
            Map.entry("relationship", Slot.PAIRING),
            Map.entry("relationships", Slot.PAIRING),
            Map.entry("character", Slot.CHARACTERS),
            Map.entry("characters", Slot.CHARACTERS),
            Map.entry("rating", Slot.RATING),
            Map.entry("warning", Slot.WARNINGS),
            Map.entry("warnings", Slot.WARNINGS),
            Map.entry("category", Slot.CATEGORY),
            Map.entry("categories", Slot.CATEGORY),
            Map.entry("tags", Slot.TAGS),
            Map.entry("summary", Slot.SUMMARY),
            Map.entry("notes", Slot.NOTES),
            Map.entry("note", Slot.NOTES),
            Map.entry("a/n", Slot.NOTES),
            Map.entry("author's note", Slot.NOTES),
            Map.entry("author's notes", Slot.NOTES),
            Map.entry("authors note", Slot.NOTES),
            Map.entry("author note", Slot.NOTES),
            Map.entry("end notes", Slot.END_NOTES),
            Map.entry("end note", Slot.END_NOTES),
            Map.entry("endnotes", Slot.END_NOTES),
            Map.entry("words", Slot.WORDS),
            Map.entry("word count", Slot.WORDS),
            Map.entry("wordcount", Slot.WORDS));

    /** The slot a key names, case-insensitive, with "_" and "-" read as spaces and curly apostrophes as straight ones. */
    static Optional<Slot> slotOf(String key) {
        return Optional.ofNullable(SLOTS.get(normalize(key)));
    }

    static String normalize(String key) {
        return key.strip()
                .toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replace('_', ' ')
                .replace('-', ' ')
                .replaceAll("\\s+", " ");
    }
}
