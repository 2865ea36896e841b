package quire.markstore;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Optional;
import quire.marks.Bookmark;
import quire.marks.Highlight;
import quire.marks.Mark;
import quire.marks.MarkColour;
import quire.marks.TextQuote;
import quire.place.Anchor;
import quire.place.TextRange;

/**
 * One entry of a marks file, as {@link MarkEntry} writes it, read into a mark, or the words that say why
 * it cannot be one ("had no id"), to follow "mark 3" in a notice. Checked field by field rather than bound
 * by Jackson, which would turn {@code null} into a missing entry, coerce a number into an id and swap an
 * end that comes before its start. Every field Quire knows must have its own type when present: colour,
 * note and found may be left out (yellow, none, not found), the others may not. Fields it does not
 * know, a newer Quire's perhaps, are passed over. A note of any length is kept whole.
 */
final class MarkEntryReader {
    /** What one entry gave. */
    sealed interface Result permits Valid, Invalid {
    }

    record Valid(Mark mark) implements Result {
    }

    record Invalid(String why) implements Result {
    }

    /** Why an entry cannot be a mark; thrown only inside this class, so its trace is never needed. */
    private static final class NotAMark extends Exception {
        NotAMark(String why) {
            super(why, null, false, false);
        }
    }

    private MarkEntryReader() {
    }

    static Result read(JsonNode entry) {
        try {
            return new Valid(mark(entry));
        } catch (NotAMark invalid) {
            return new Invalid(invalid.getMessage());
        }
    }

    private static Mark mark(JsonNode entry) throws NotAMark {
        if (entry == null || entry.isNull()) {
            throw new NotAMark("was empty");
        }
        if (!entry.isObject()) {
            throw new NotAMark("was " + typeOf(entry) + ", not a mark");
        }
        String kind = kind(entry.get("kind"));
        String id = id(entry.get("id"));
        Anchor start = place(entry.get("start"), "start");
        Anchor end = place(entry.get("end"), "end");
        if (end.compareTo(start) < 0) {
            throw new NotAMark("ended before it started");
        }
        TextQuote quote = quote(entry.get("quote"));
        MarkColour colour = colour(entry.get("colour"));
        String note = note(entry.get("note"));
        boolean found = found(entry.get("found"));
        TextRange range = new TextRange(start, end);
        return kind.equals(MarkEntry.BOOKMARK) ? new Bookmark(id, range, quote, found)
                : new Highlight(id, range, quote, colour, note, found);
    }

    private static String kind(JsonNode node) throws NotAMark {
        if (absent(node)) {
            throw new NotAMark("had no kind");
        }
        if (node.isTextual() && (node.asText().equals(MarkEntry.BOOKMARK) || node.asText().equals(MarkEntry.HIGHLIGHT))) {
            return node.asText();
        }
        throw new NotAMark("was of a kind Quire does not know (" + shown(node) + ")");
    }

    private static String id(JsonNode node) throws NotAMark {
        if (absent(node)) {
            throw new NotAMark("had no id");
        }
        if (!node.isTextual()) {
            throw new NotAMark("had an id that was not text");
        }
        if (node.asText().isBlank()) {
            throw new NotAMark("had an empty id");
        }
        return node.asText();
    }

    /** A block and an offset, both whole numbers from 0 that fit an int. */
    private static Anchor place(JsonNode node, String name) throws NotAMark {
        if (absent(node)) {
            throw new NotAMark("had no " + name);
        }
        Optional<Integer> block = node.isObject() ? count(node.get("block")) : Optional.empty();
        Optional<Integer> offset = node.isObject() ? count(node.get("offset")) : Optional.empty();
        if (block.isEmpty() || offset.isEmpty()) {
            throw new NotAMark("had " + (name.equals("end") ? "an " : "a ") + name + " that was not a place in the text");
        }
        return new Anchor(block.get(), offset.get());
    }

    private static Optional<Integer> count(JsonNode node) {
        return node != null && node.isIntegralNumber() && node.canConvertToInt() && node.asInt() >= 0
                ? Optional.of(node.asInt()) : Optional.empty();
    }

    private static TextQuote quote(JsonNode node) throws NotAMark {
        if (absent(node)) {
            throw new NotAMark("had no quote");
        }
        if (!node.isObject() || !textOrAbsent(node.get("prefix")) || !textOrAbsent(node.get("exact"))
                || !textOrAbsent(node.get("suffix"))) {
            throw new NotAMark("had a quote that was not words");
        }
        JsonNode copies = node.get("copies"); // written since Quire counts them; 0 (not known) before, or when damaged
        int count = copies != null && copies.canConvertToInt() ? Math.max(0, copies.asInt()) : 0;
        return new TextQuote(textOrNull(node.get("prefix")), textOrNull(node.get("exact")), textOrNull(node.get("suffix")),
                count);
    }

    private static MarkColour colour(JsonNode node) throws NotAMark {
        if (absent(node)) {
            return MarkColour.YELLOW;
        }
        return Arrays.stream(MarkColour.values()).filter(c -> node.isTextual() && c.name().equals(node.asText()))
                .findFirst().orElseThrow(() -> new NotAMark("had a colour Quire does not know (" + shown(node) + ")"));
    }

    private static String note(JsonNode node) throws NotAMark {
        if (!textOrAbsent(node)) {
            throw new NotAMark("had a note that was not text");
        }
        return textOrNull(node);
    }

    private static boolean found(JsonNode node) throws NotAMark {
        if (absent(node)) {
            return false;
        }
        if (!node.isBoolean()) {
            throw new NotAMark("had a \"found\" that was not true or false");
        }
        return node.asBoolean();
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull();
    }

    private static boolean textOrAbsent(JsonNode node) {
        return absent(node) || node.isTextual();
    }

    private static String textOrNull(JsonNode node) {
        return absent(node) ? null : node.asText();
    }

    private static String typeOf(JsonNode node) {
        return switch (node.getNodeType()) {
            case NUMBER -> "a number";
            case STRING -> "a piece of text";
            case ARRAY -> "a list";
            case BOOLEAN -> "true or false";
            default -> "something else";
        };
    }

    /** The value as it is written in the file, cut short: a reader should recognise it, not read it all. */
    static String shown(JsonNode node) {
        String json = node.toString();
        return json.length() > 40 ? json.substring(0, 39) + "\u2026" : json;
    }
}
