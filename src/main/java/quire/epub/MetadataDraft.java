package quire.epub;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import quire.story.StoryMetadata;

/**
 * What one source (AO3's preface, a title page, the OPF) says about the story, gathered as it is read;
 * {@link #merge} then takes each field from the most trusted source that has it. A text field keeps the
 * first value given, a list gathers every value; other fields keep the source's own label.
 */
final class MetadataDraft {
    private String title;
    private String author;
    private String fandom;
    private String pairing;
    private final List<String> characters = new ArrayList<>();
    private String rating;
    private final List<String> warnings = new ArrayList<>();
    private String category;
    private final List<String> tags = new ArrayList<>();
    private String summary;
    private String notes;
    private String endNotes;
    private Integer words;
    private final Map<String, String> other = new LinkedHashMap<>();
    private int fields;

    /** How many values this source gave: a page of two stray "Label: value" lines is not a title page. */
    int fields() {
        return fields;
    }

    MetadataDraft title(String value) {
        title = first(title, value);
        return this;
    }

    MetadataDraft author(String value) {
        author = first(author, value);
        return this;
    }

    MetadataDraft fandom(String value) {
        fandom = first(fandom, value);
        return this;
    }

    MetadataDraft pairing(String value) {
        pairing = first(pairing, value);
        return this;
    }

    MetadataDraft rating(String value) {
        rating = first(rating, value);
        return this;
    }

    MetadataDraft category(String value) {
        category = first(category, value);
        return this;
    }

    MetadataDraft summary(String value) {
        summary = first(summary, value);
        return this;
    }

    MetadataDraft notes(String value) {
        notes = first(notes, value);
        return this;
    }

    MetadataDraft endNotes(String value) {
        endNotes = first(endNotes, value);
        return this;
    }

    MetadataDraft characters(List<String> values) {
        return add(characters, values);
    }

    MetadataDraft warnings(List<String> values) {
        return add(warnings, values);
    }

    MetadataDraft tags(List<String> values) {
        return add(tags, values);
    }

    MetadataDraft words(int value) {
        if (words == null && value >= 0) {
            words = value;
            fields++;
        }
        return this;
    }

    MetadataDraft other(String label, String value) {
        if (!label.isBlank() && value != null && !value.isBlank() && !other.containsKey(label.strip())) {
            other.put(label.strip(), value.strip());
            fields++;
        }
        return this;
    }

    private String first(String current, String value) {
        if (current != null || value == null || value.isBlank()) {
            return current;
        }
        fields++;
        return value.strip();
    }

    private MetadataDraft add(List<String> list, List<String> values) {
        for (String value : values) {
            if (!value.isBlank() && !list.contains(value.strip())) {
                list.add(value.strip());
                fields++;
            }
        }
        return this;
    }

    StoryMetadata build() {
        return new StoryMetadata(Optional.ofNullable(title), Optional.ofNullable(author), Optional.ofNullable(fandom),
                Optional.ofNullable(pairing), characters, Optional.ofNullable(rating), warnings,
                Optional.ofNullable(category), tags, Optional.ofNullable(summary), Optional.ofNullable(notes),
                Optional.ofNullable(endNotes), words == null ? OptionalInt.empty() : OptionalInt.of(words), other);
    }

    /** Each field from the first source in {@code trustedFirst} that has it; other fields from all, first label wins. */
    static StoryMetadata merge(List<StoryMetadata> trustedFirst) {
        MetadataDraft merged = new MetadataDraft();
        for (StoryMetadata m : trustedFirst) {
            m.title().ifPresent(merged::title);
            m.author().ifPresent(merged::author);
            m.fandom().ifPresent(merged::fandom);
            m.pairing().ifPresent(merged::pairing);
            m.rating().ifPresent(merged::rating);
            m.category().ifPresent(merged::category);
            m.summary().ifPresent(merged::summary);
            m.notes().ifPresent(merged::notes);
            m.endNotes().ifPresent(merged::endNotes);
            m.words().ifPresent(merged::words);
            if (merged.characters.isEmpty()) {
                merged.characters(m.characters());
            }
            if (merged.warnings.isEmpty()) {
                merged.warnings(m.warnings());
            }
            if (merged.tags.isEmpty()) {
                merged.tags(m.tags());
            }
            m.otherFields().forEach((label, value) -> {
                // The work's address under a second name ("Source" from the OPF, "Work URL" from AO3) says nothing new.
                boolean address = value.contains(":");
                if (!(address && merged.other.containsValue(value.strip()))) {
                    merged.other(label, value);
                }
            });
        }
        return merged.build();
    }

    /** "1,234" or "1.234" or "12 345" as a number, or -1. */
    static int number(String text) {
        String digits = text.replaceAll("[^0-9]", "");
        if (digits.isEmpty() || digits.length() > 9) {
            return -1;
        }
        return Integer.parseInt(digits);
    }
}
