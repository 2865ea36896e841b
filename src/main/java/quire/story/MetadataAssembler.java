package quire.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds {@link StoryMetadata} from fields in file order. A repeated key adds to what came before. */
final class MetadataAssembler {
    private static final Pattern WORD_COUNT = Pattern.compile("\\s*([0-9][0-9,.\\u00a0 ]*)(?:\\s*words?)?\\s*",
            Pattern.CASE_INSENSITIVE);

    private final Map<MetadataField.Slot, List<String>> slots = new LinkedHashMap<>();
    private final Map<String, String> other = new LinkedHashMap<>();

    static StoryMetadata assemble(List<MetadataField> fields) {
        MetadataAssembler assembler = new MetadataAssembler();
        fields.forEach(assembler::add);
        return assembler.build();
    }

    private void add(MetadataField field) {
        Optional<MetadataField.Slot> slot = MetadataField.slotOf(field.key());
        OptionalInt words = slot.filter(s -> s == MetadataField.Slot.WORDS).isPresent()
                ? parseWordCount(field.values())
                : OptionalInt.empty();
        if (slot.isEmpty() || slot.get() == MetadataField.Slot.WORDS && words.isEmpty()) {
            // Keys we have no slot for, and word counts we cannot read, are kept as the author wrote them.
            other.merge(field.key().strip(), String.join(", ", field.values()), (a, b) -> a + "\n\n" + b);
            return;
        }
        slots.computeIfAbsent(slot.get(), s -> new ArrayList<>()).addAll(field.values());
    }

    private StoryMetadata build() {
        return new StoryMetadata(
                text(MetadataField.Slot.TITLE),
                text(MetadataField.Slot.AUTHOR),
                text(MetadataField.Slot.FANDOM),
                text(MetadataField.Slot.PAIRING),
                list(MetadataField.Slot.CHARACTERS),
                text(MetadataField.Slot.RATING),
                list(MetadataField.Slot.WARNINGS),
                text(MetadataField.Slot.CATEGORY),
                list(MetadataField.Slot.TAGS),
                text(MetadataField.Slot.SUMMARY),
                text(MetadataField.Slot.NOTES),
                text(MetadataField.Slot.END_NOTES),
                words(),
                other);
    }

    private Optional<String> text(MetadataField.Slot slot) {
        List<String> values = list(slot);
        return values.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", values));
    }

    private List<String> list(MetadataField.Slot slot) {
        return slots.getOrDefault(slot, List.of()).stream().filter(v -> !v.isBlank()).toList();
    }

    private OptionalInt words() {
        List<String> values = list(MetadataField.Slot.WORDS);
        return values.isEmpty() ? OptionalInt.empty() : parseWordCount(values.subList(values.size() - 1, values.size()));
    }

    private static OptionalInt parseWordCount(List<String> values) {
        if (values.size() != 1) {
            return OptionalInt.empty();
        }
        Matcher m = WORD_COUNT.matcher(values.get(0));
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        String digits = m.group(1).replaceAll("[^0-9]", "");
        try {
            return OptionalInt.of(Integer.parseInt(digits));
        } catch (NumberFormatException tooLarge) {
            return OptionalInt.empty();
        }
    }
}
