package quire.markstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import quire.marks.Bookmark;
import quire.marks.Highlight;
import quire.marks.Mark;
import quire.marks.MarkColour;
import quire.marks.TextQuote;
import quire.place.Anchor;
import quire.testing.Gen;
import quire.testing.Texts;

/**
 * Damaged marks files for {@link MarksStoreProperties}: a valid file of generated marks, changed by a few
 * mutations of its JSON (an entry made null or not an object, a field given a wrong type or a huge number,
 * an end put before its start, an entry duplicated or given another's id, harmless changes, nested garbage,
 * another schema version, the list of marks replaced) and then, sometimes, damage to its bytes (cut short,
 * bits flipped, bytes put in or taken out). Each file knows which entries it made valid, with the mark each
 * must load as, and which it broke; an entry that byte damage changed is neither.
 */
final class CorruptMarksFiles {
    static final ObjectMapper JSON = new ObjectMapper();

    enum Kind { NULL_ENTRY, NOT_AN_OBJECT, BAD_FIELD, END_BEFORE_START, DUPLICATE, SHARED_ID, HARMLESS, NESTED_GARBAGE,
        VERSION, TOP_LEVEL }

    enum Damage { NONE, CUT_SHORT, FLIPPED_BITS, BYTES_PUT_IN, BYTES_TAKEN_OUT }

    record Mutation(Kind kind, int at, int variant) {
    }

    record ByteDamage(Damage damage, int position, int count) {
    }

    /** What the generator draws; {@link #file()} makes the bytes and what is known about their entries. */
    record Recipe(List<Mark> marks, List<Mutation> mutations, ByteDamage damage) {
        CorruptFile file() {
            return make(this);
        }
    }

    /**
     * The file's bytes; its entries as they were before any byte damage, each with the mark it must load as
     * or none when it is broken; and whether its schema version is known to be fine or known to be wrong
     * (neither, when byte damage may have changed it).
     */
    record CorruptFile(byte[] bytes, Map<JsonNode, Mark> valid, Set<JsonNode> broken, Set<JsonNode> goodVersions,
                       Set<JsonNode> badVersions) {
    }

    /** Values that are not marks, and fields with values a mark cannot have ({@code -} removes the field). */
    private static final String[] NOT_OBJECTS = {"12", "\"a mark\"", "true", "[1, 2]", "[[[{}]]]", "-0.5", "\"\""};
    private static final String[][] BAD_FIELDS = {
            {"kind", "-"}, {"kind", "5"}, {"kind", "\"scribble\""}, {"kind", "null"}, {"kind", "\"Bookmark\""},
            {"id", "-"}, {"id", "5"}, {"id", "\"\""}, {"id", "\"  \""}, {"id", "null"}, {"id", "[\"a\"]"}, {"id", "{}"},
            {"start", "-"}, {"start", "\"3:4\""}, {"start", "5"}, {"start", "null"}, {"start", "[]"},
            {"start", "{\"block\": -1, \"offset\": 0}"}, {"start", "{\"block\": 0, \"offset\": -3}"},
            {"start", "{\"block\": 1e20, \"offset\": 0}"}, {"start", "{\"block\": 2147483648, \"offset\": 0}"},
            {"start", "{\"block\": 1.5, \"offset\": 0}"}, {"start", "{\"block\": \"1\", \"offset\": 0}"},
            {"start", "{\"offset\": 3}"}, {"end", "{\"block\": 99999999999999999999999, \"offset\": 1}"},
            {"end", "-"}, {"end", "{\"block\": 0}"}, {"end", "{\"block\": 0, \"offset\": null}"},
            {"quote", "-"}, {"quote", "\"words\""}, {"quote", "5"}, {"quote", "null"}, {"quote", "[]"},
            {"quote", "{\"exact\": 5}"}, {"quote", "{\"prefix\": []}"}, {"quote", "{\"suffix\": {}}"},
            {"colour", "5"}, {"colour", "\"PURPLE\""}, {"colour", "\"pink\""}, {"colour", "[]"}, {"colour", "true"},
            {"note", "5"}, {"note", "[]"}, {"note", "{}"}, {"note", "true"},
            {"found", "\"yes\""}, {"found", "1"}, {"found", "\"true\""}, {"found", "[]"}, {"found", "{}"},
    };
    /** Schema versions that must be reported, and those that are this version's ({@code -} removes it). */
    private static final String[] BAD_VERSIONS = {"99", "\"two\"", "1.5", "null", "0", "-3", "1000000000000000000000000000000",
            "true", "[1]"};
    private static final String[] GOOD_VERSIONS = {"1", "-"};
    private static final byte[] PUT_IN = "\u0000{}[]\",: \\\n1e9-truefalsenull\u00ff\u00c3".getBytes(
            java.nio.charset.StandardCharsets.ISO_8859_1);

    private CorruptMarksFiles() {
    }

    static Gen<Recipe> recipes() {
        Gen<Mutation> mutation = Gen.zip(Gen.frequency(List.of(
                Gen.weighted(2, Gen.constant(Kind.NULL_ENTRY)), Gen.weighted(2, Gen.constant(Kind.NOT_AN_OBJECT)),
                Gen.weighted(6, Gen.constant(Kind.BAD_FIELD)), Gen.weighted(1, Gen.constant(Kind.END_BEFORE_START)),
                Gen.weighted(2, Gen.constant(Kind.DUPLICATE)), Gen.weighted(2, Gen.constant(Kind.SHARED_ID)),
                Gen.weighted(4, Gen.constant(Kind.HARMLESS)), Gen.weighted(1, Gen.constant(Kind.NESTED_GARBAGE)),
                Gen.weighted(2, Gen.constant(Kind.VERSION)), Gen.weighted(1, Gen.constant(Kind.TOP_LEVEL)))),
                Gen.ints(0, 10_000), Gen.ints(0, 10_000), Mutation::new);
        Gen<ByteDamage> damage = Gen.zip(Gen.frequency(List.of(
                Gen.weighted(16, Gen.constant(Damage.NONE)), Gen.weighted(2, Gen.constant(Damage.CUT_SHORT)),
                Gen.weighted(4, Gen.constant(Damage.FLIPPED_BITS)), Gen.weighted(1, Gen.constant(Damage.BYTES_PUT_IN)),
                Gen.weighted(1, Gen.constant(Damage.BYTES_TAKEN_OUT)))),
                Gen.ints(0, 1_000_000), Gen.ints(1, 6), ByteDamage::new);
        return Gen.zip(Gen.lists(marks(), 0, 12), Gen.lists(mutation, 1, 4), damage, Recipe::new);
    }

    /** A mark of either kind with odd text in its quote and note, now and then a note longer than the editor allows. */
    private static Gen<Mark> marks() {
        Gen<String> text = Texts.strings(Texts.anyCodePoint(), 0, 24);
        Gen<String> note = Gen.frequency(List.of(Gen.weighted(30, text),
                Gen.weighted(1, Gen.ints(Highlight.MAX_NOTE_LENGTH + 1, Highlight.MAX_NOTE_LENGTH + 2_000)
                        .map(length -> "\u00e9".repeat(length)))));
        Gen<quire.place.TextRange> range = Gen.zip(Gen.ints(0, 40), Gen.ints(0, 300), Gen.ints(0, 3), Gen.ints(0, 200),
                (block, offset, blocks, length) -> new quire.place.TextRange(new Anchor(block, offset),
                        new Anchor(block + blocks, blocks == 0 ? offset + length : length)));
        Gen<TextQuote> quote = Gen.zip(text, text, text, TextQuote::new);
        Gen<Mark> bookmark = Gen.zip(range, quote, Gen.booleans(), (r, q, found) -> new Bookmark("", r, q, found));
        Gen<Mark> highlight = Gen.zip(Gen.zip(range, quote, (r, q) -> new Highlight("", r, q, MarkColour.YELLOW, "", true)),
                Gen.oneOf(MarkColour.values()), note, Gen.booleans(),
                (h, colour, n, found) -> new Highlight("", h.range(), h.quote(), colour, n, found));
        return Gen.oneOf(bookmark, highlight);
    }

    static Mark withId(Mark mark, String id) {
        return mark instanceof Highlight h ? new Highlight(id, h.range(), h.quote(), h.colour(), h.note(), h.found())
                : new Bookmark(id, mark.range(), mark.quote(), mark.found());
    }

    private static CorruptFile make(Recipe recipe) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", MarksStore.SCHEMA_VERSION);
        root.put("story", "story-7");
        ArrayNode entries = root.putArray("marks");
        List<Optional<Mark>> status = new ArrayList<>();
        for (int i = 0; i < recipe.marks().size(); i++) {
            Mark mark = withId(recipe.marks().get(i), "mark-" + i);
            entries.add(JSON.<JsonNode>valueToTree(MarkEntry.of(mark)));
            status.add(Optional.of(mark));
        }
        JsonNode top = root;
        for (Mutation m : recipe.mutations()) {
            if (m.kind() == Kind.TOP_LEVEL) {
                top = topLevel(root, entries, m.variant());
            } else {
                mutate(root, entries, status, m);
            }
        }
        byte[] written = write(top);
        CorruptFile known = knownEntries(written, status);
        return new CorruptFile(damage(written, recipe.damage()), known.valid(), known.broken(), known.goodVersions(),
                known.badVersions());
    }

    private static void mutate(ObjectNode root, ArrayNode entries, List<Optional<Mark>> status, Mutation m) {
        int n = entries.size();
        int at = n == 0 ? 0 : m.at() % n;
        boolean valid = n > 0 && status.get(at).isPresent();
        switch (m.kind()) {
            case NULL_ENTRY -> insert(entries, status, m.at() % (n + 1), JsonNodeFactory.instance.nullNode(), null);
            case NOT_AN_OBJECT -> insert(entries, status, m.at() % (n + 1), parse(pick(NOT_OBJECTS, m.variant())), null);
            case NESTED_GARBAGE -> insert(entries, status, m.at() % (n + 1), garbage(m.variant() % 40), null);
            case BAD_FIELD -> {
                if (n > 0 && entries.get(at).isObject()) {
                    String[] bad = BAD_FIELDS[m.variant() % BAD_FIELDS.length];
                    ObjectNode entry = entries.get(at).deepCopy();
                    set(entry, bad[0], bad[1]);
                    replace(entries, status, at, entry, null);
                }
            }
            case END_BEFORE_START -> {
                if (valid) {
                    ObjectNode entry = entries.get(at).deepCopy();
                    int endBlock = entry.get("end").get("block").asInt();
                    if (endBlock < Integer.MAX_VALUE) {
                        set(entry, "start", "{\"block\": " + (endBlock + 1) + ", \"offset\": 0}");
                        replace(entries, status, at, entry, null);
                    }
                }
            }
            case DUPLICATE -> {
                if (n > 0) {
                    insert(entries, status, m.variant() % (n + 1), entries.get(at).deepCopy(), status.get(at).orElse(null));
                }
            }
            case SHARED_ID -> {
                int from = n == 0 ? 0 : m.variant() % n;
                if (valid && status.get(from).isPresent()) {
                    String id = status.get(from).get().id();
                    ObjectNode entry = entries.get(at).deepCopy();
                    entry.put("id", id);
                    replace(entries, status, at, entry, withId(status.get(at).get(), id));
                }
            }
            case HARMLESS -> {
                if (valid) {
                    ObjectNode entry = entries.get(at).deepCopy();
                    replace(entries, status, at, entry, harmless(entry, status.get(at).get(), m.variant()));
                }
            }
            case VERSION -> {
                String[] versions = m.variant() % 3 == 0 ? GOOD_VERSIONS : BAD_VERSIONS;
                set(root, "schemaVersion", pick(versions, m.variant() / 3));
            }
            case TOP_LEVEL -> throw new AssertionError("made in make()");
        }
    }

    /** A change that leaves the entry valid, and the mark it loads as after it. */
    private static Mark harmless(ObjectNode entry, Mark mark, int variant) {
        boolean nullNotGone = variant / 5 % 2 == 1;
        switch (variant % 5) {
            case 0 -> {
                set(entry, "colour", nullNotGone ? "null" : "-");
                return mark instanceof Highlight h ? h.withColour(MarkColour.YELLOW) : mark;
            }
            case 1 -> {
                set(entry, "note", nullNotGone ? "null" : "-");
                return mark instanceof Highlight h ? h.withNote("") : mark;
            }
            case 2 -> {
                set(entry, "found", nullNotGone ? "null" : "-");
                return mark.lost();
            }
            case 3 -> {
                entry.set("shelf-" + variant, garbage(variant % 30));
                return mark;
            }
            default -> {
                JsonNode kind = entry.remove("kind");
                entry.set("kind", kind); // the same fields in another order
                return mark;
            }
        }
    }

    /** The list of marks is not a list, or the file not an object (variant picks how). */
    private static JsonNode topLevel(ObjectNode root, ArrayNode entries, int variant) {
        switch (variant % 5) {
            case 0 -> set(root, "marks", "\"none\"");
            case 1 -> set(root, "marks", "{}");
            case 2 -> set(root, "marks", "null");
            case 3 -> root.remove("marks");
            default -> {
                return entries;
            }
        }
        return root;
    }

    private static void insert(ArrayNode entries, List<Optional<Mark>> status, int at, JsonNode entry, Mark mark) {
        entries.insert(at, entry);
        status.add(at, Optional.ofNullable(mark));
    }

    private static void replace(ArrayNode entries, List<Optional<Mark>> status, int at, JsonNode entry, Mark mark) {
        entries.set(at, entry);
        status.set(at, Optional.ofNullable(mark));
    }

    private static void set(ObjectNode node, String field, String json) {
        if (json.equals("-")) {
            node.remove(field);
        } else {
            node.set(field, parse(json));
        }
    }

    /** Objects and lists nested {@code depth} deep, with a number at the bottom. */
    private static JsonNode garbage(int depth) {
        JsonNode node = JsonNodeFactory.instance.numberNode(depth);
        for (int level = 0; level < depth; level++) {
            node = level % 2 == 0 ? JsonNodeFactory.instance.arrayNode().add(node).add("x")
                    : JsonNodeFactory.instance.objectNode().set("g" + level, node);
        }
        return node;
    }

    /**
     * The entries as a reader of {@code written} sees them (numbers as the parser makes them), each with
     * what it is known to be; the version as known good or bad.
     */
    private static CorruptFile knownEntries(byte[] written, List<Optional<Mark>> status) {
        Map<JsonNode, Mark> valid = new HashMap<>();
        Set<JsonNode> broken = new HashSet<>();
        Set<JsonNode> good = new HashSet<>();
        Set<JsonNode> bad = new HashSet<>();
        JsonNode entries;
        try {
            entries = JSON.readTree(written).path("marks");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < entries.size() && i < status.size() && entries.isArray(); i++) {
            if (status.get(i).isPresent()) {
                valid.put(entries.get(i), status.get(i).get());
            } else {
                broken.add(entries.get(i));
            }
        }
        for (String version : GOOD_VERSIONS) {
            if (!version.equals("-")) {
                good.add(parse(version));
            }
        }
        for (String version : BAD_VERSIONS) {
            bad.add(parse(version));
        }
        return new CorruptFile(written, valid, broken, good, bad);
    }

    private static byte[] damage(byte[] bytes, ByteDamage how) {
        SplittableRandom random = new SplittableRandom(how.position());
        int length = bytes.length;
        switch (how.damage()) {
            case NONE -> {
                return bytes;
            }
            case CUT_SHORT -> {
                return java.util.Arrays.copyOf(bytes, how.position() % length);
            }
            case FLIPPED_BITS -> {
                byte[] flipped = bytes.clone();
                for (int i = 0; i < how.count(); i++) {
                    flipped[random.nextInt(length)] ^= (byte) (1 << random.nextInt(8));
                }
                return flipped;
            }
            case BYTES_PUT_IN -> {
                int at = how.position() % (length + 1);
                byte[] more = new byte[length + how.count()];
                System.arraycopy(bytes, 0, more, 0, at);
                for (int i = 0; i < how.count(); i++) {
                    more[at + i] = PUT_IN[random.nextInt(PUT_IN.length)];
                }
                System.arraycopy(bytes, at, more, at + how.count(), length - at);
                return more;
            }
            default -> {
                int at = how.position() % length;
                int gone = Math.min(how.count(), length - at);
                byte[] fewer = new byte[length - gone];
                System.arraycopy(bytes, 0, fewer, 0, at);
                System.arraycopy(bytes, at + gone, fewer, at, length - at - gone);
                return fewer;
            }
        }
    }

    private static String pick(String[] values, int variant) {
        return values[variant % values.length];
    }

    private static byte[] write(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
