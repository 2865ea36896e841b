package quire.markstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import quire.files.Loaded;
import quire.marks.Bookmark;
import quire.marks.Highlight;
import quire.marks.Mark;
import quire.marks.MarkBook;
import quire.marks.MarkColour;
import quire.marks.TextQuote;
import quire.place.TextRange;

/** A marks file is read entry by entry: a bad entry is set aside with a notice, the good ones are kept. */
class MarksStoreEntriesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T06:15:00Z"), ZoneOffset.UTC);
    private static final String KEY = "story-7";
    private static final String KEPT = KEY + ".json.kept-20261124-061500";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Highlight NOTED = new Highlight("h1", TextRange.inBlock(3, 5, 30),
            new TextQuote("before ", "the words", " after"), MarkColour.PINK, "My note.", true);
    private static final Bookmark PAGE = new Bookmark("b1", TextRange.inBlock(1, 0, 12),
            new TextQuote("", "Chapter One.", " It"), true);

    @TempDir
    Path dir;

    private MarksStore store() {
        return new MarksStore(dir, CLOCK);
    }

    private Path file() {
        return store().fileOf(KEY);
    }

    /** Saves {@code marks}, then changes the file's list of entries as a broken writer or a hand edit might. */
    private byte[] saveThenEdit(List<Mark> marks, Consumer<ArrayNode> edit) throws IOException {
        store().save(KEY, marks);
        ObjectNode root = (ObjectNode) JSON.readTree(file().toFile());
        edit.accept((ArrayNode) root.get("marks"));
        byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        Files.write(file(), bytes);
        return bytes;
    }

    private static List<Mark> nineBookmarks() {
        return IntStream.range(0, 9).<Mark>mapToObj(i -> new Bookmark("b" + i, TextRange.inBlock(i, 0, 4),
                new TextQuote("", "Page", ""), true)).toList();
    }

    @Test
    void aNullAmongNineGoodMarksLeavesTheNineAndALaterSaveKeepsTheOriginalAside() throws IOException {
        byte[] original = saveThenEdit(nineBookmarks(), entries -> entries.addNull());

        Loaded<List<Mark>> loaded = store().load(KEY);

        assertThat(loaded.value()).containsExactlyElementsOf(nineBookmarks());
        assertThat(loaded.problems()).singleElement().asString()
                .contains("1 mark was not valid (mark 10 was empty)").contains(KEPT).endsWith(".");
        assertThat(file().resolveSibling(KEPT)).hasBinaryContent(original);

        List<Mark> changed = new ArrayList<>(loaded.value());
        changed.add(NOTED);
        store().save(KEY, changed);
        assertThat(store().load(KEY).value()).hasSize(10);
        assertThat(file().resolveSibling(KEPT)).hasBinaryContent(original);
    }

    /** Each row: the field of the highlight (the second mark) to change, its new JSON ("-" removes it), what the notice says. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "id      | -                          | mark 2 had no id",
            "id      | 5                          | mark 2 had an id that was not text",
            "id      | '\"  \"'                   | mark 2 had an empty id",
            "kind    | -                          | mark 2 had no kind",
            "kind    | '\"scribble\"'             | mark 2 was of a kind Quire does not know (\"scribble\")",
            "kind    | 7                          | mark 2 was of a kind Quire does not know (7)",
            "start   | -                          | mark 2 had no start",
            "start   | '\"3:5\"'                  | mark 2 had a start that was not a place in the text",
            "start   | '{\"block\":3}'            | mark 2 had a start that was not a place in the text",
            "start   | '{\"block\":3,\"offset\":-5}' | mark 2 had a start that was not a place in the text",
            "start   | '{\"block\":3,\"offset\":1.5}' | mark 2 had a start that was not a place in the text",
            "start   | '{\"block\":99999999999,\"offset\":0}' | mark 2 had a start that was not a place in the text",
            "end     | '{\"block\":3,\"offset\":\"30\"}' | mark 2 had an end that was not a place in the text",
            "end     | '{\"block\":2,\"offset\":30}' | mark 2 ended before it started",
            "quote   | -                          | mark 2 had no quote",
            "quote   | '\"the words\"'            | mark 2 had a quote that was not words",
            "quote   | '{\"exact\":[1,2]}'        | mark 2 had a quote that was not words",
            "colour  | '\"PURPLE\"'               | mark 2 had a colour Quire does not know (\"PURPLE\")",
            "colour  | 3                          | mark 2 had a colour Quire does not know (3)",
            "note    | 42                         | mark 2 had a note that was not text",
            "found   | '\"yes\"'                  | mark 2 had a \"found\" that was not true or false",
    })
    void aHighlightWithABadFieldIsSetAsideAndTheMarksAroundItAreKept(String field, String value, String notice)
            throws IOException {
        Bookmark after = new Bookmark("b2", TextRange.inBlock(9, 0, 4), new TextQuote("", "Last", ""), false);
        byte[] original = saveThenEdit(List.of(PAGE, NOTED, after), entries -> {
            ObjectNode highlight = (ObjectNode) entries.get(1);
            if (value.equals("-")) {
                highlight.remove(field);
            } else {
                highlight.set(field, parse(value));
            }
        });

        Loaded<List<Mark>> loaded = store().load(KEY);

        assertThat(loaded.value()).containsExactly(PAGE, after);
        assertThat(loaded.problems()).singleElement().asString().contains("1 mark was not valid (" + notice + ")")
                .contains("Quire kept the 2 marks it could read.");
        assertThat(file().resolveSibling(KEPT)).hasBinaryContent(original);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "null          | mark 2 was empty",
            "12            | mark 2 was a number, not a mark",
            "'\"a mark\"'  | mark 2 was a piece of text, not a mark",
            "[[[{}]]]      | mark 2 was a list, not a mark",
            "true          | mark 2 was true or false, not a mark",
    })
    void anEntryThatIsNotAnObjectIsSetAside(String entry, String notice) throws IOException {
        saveThenEdit(List.of(PAGE, NOTED), entries -> entries.insert(1, parse(entry)));

        Loaded<List<Mark>> loaded = store().load(KEY);

        assertThat(loaded.value()).containsExactly(PAGE, NOTED);
        assertThat(loaded.problems()).singleElement().asString().contains(notice);
    }

    @Test
    void aFileWhoseOnlyMarkIsBadSaysThatNoneCouldBeRead() throws IOException {
        saveThenEdit(List.of(), entries -> entries.addNull());

        Loaded<List<Mark>> loaded = store().load(KEY);

        assertThat(loaded.value()).isEmpty();
        assertThat(loaded.problems()).singleElement().asString().endsWith("None of its marks could be read.");
    }

    @Test
    void manyBadEntriesAreCountedAndTheFirstFewNamed() throws IOException {
        saveThenEdit(List.of(PAGE), entries -> IntStream.range(0, 6).forEach(i -> entries.add(i)));

        Loaded<List<Mark>> loaded = store().load(KEY);

        assertThat(loaded.value()).containsExactly(PAGE);
        assertThat(loaded.problems()).singleElement().asString().contains("6 marks were not valid (mark 2 was a number,"
                + " not a mark; mark 3 was a number, not a mark; mark 4 was a number, not a mark; and 3 more)");
    }

    @Test
    void twinIdsAreMadeUniqueSoThatChangingOneMarkLeavesItsTwin() throws IOException {
        Highlight twin = new Highlight("h1", TextRange.inBlock(7, 0, 9), new TextQuote("", "elsewhere", ""),
                MarkColour.BLUE, "", true);
        byte[] original = saveThenEdit(List.of(NOTED, PAGE, twin, twin), entries -> { });

        Loaded<List<Mark>> loaded = store().load(KEY);

        assertThat(loaded.value()).extracting(Mark::id).doesNotHaveDuplicates().startsWith("h1", "b1");
        assertThat(loaded.value()).extracting(Mark::range).containsExactly(NOTED.range(), PAGE.range(),
                twin.range(), twin.range());
        assertThat(loaded.problems()).singleElement().asString()
                .contains("2 marks had the id of an earlier mark and were given new ones").contains(KEPT)
                .contains("Quire kept the 4 marks it could read.");
        assertThat(file().resolveSibling(KEPT)).hasBinaryContent(original);

        MarkBook book = new MarkBook(loaded.value()).with(NOTED.withColour(MarkColour.GREEN));
        assertThat(book.highlights()).hasSize(3);
    }

    @Test
    void fieldsQuireDoesNotKnowAndMissingOptionalOnesAreNoProblem() throws IOException {
        saveThenEdit(List.of(PAGE, NOTED), entries -> {
            ((ObjectNode) entries.get(0)).set("tags", parse("[\"later\", {\"deep\": [1, [2]]}]"));
            ((ObjectNode) entries.get(1)).remove(List.of("note", "colour", "found"));
        });

        Loaded<List<Mark>> loaded = store().load(KEY);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.value()).containsExactly(PAGE,
                new Highlight("h1", NOTED.range(), NOTED.quote(), MarkColour.YELLOW, "", false));
        try (Stream<Path> files = Files.list(file().getParent())) {
            assertThat(files).containsExactly(file());
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(json, e);
        }
    }
}
