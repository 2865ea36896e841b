package quire.markstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import quire.files.Loaded;
import quire.marks.Bookmark;
import quire.marks.Mark;
import quire.marks.TextQuote;
import quire.place.TextRange;

/**
 * A marks file Quire could not take as it was (a newer version's, or one with bad entries) is never
 * written over unless a copy of it exists: it is copied aside when it is read, and copied again before
 * the first save if that copy is gone.
 */
class MarksStoreOriginalTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T06:15:00Z"), ZoneOffset.UTC);
    private static final String KEY = "story-7";
    private static final String KEPT = KEY + ".json.kept-20261124-061500";
    private static final Bookmark PAGE = new Bookmark("b1", TextRange.inBlock(1, 0, 12),
            new TextQuote("", "Chapter One.", " It"), true);
    private static final Bookmark LATER = new Bookmark("b2", TextRange.inBlock(8, 0, 4),
            new TextQuote("", "Then", ""), true);

    @TempDir
    Path dir;

    private MarksStore store() {
        return new MarksStore(dir, CLOCK);
    }

    private Path file() {
        return store().fileOf(KEY);
    }

    /** A file as a Quire of schema version {@code version} (the JSON written as is) might have written it. */
    private byte[] writeVersion(String version) throws IOException {
        store().save(KEY, List.of(PAGE));
        String json = Files.readString(file()).replaceFirst("\"schemaVersion\" : 1",
                "\"schemaVersion\" : " + version + ", \"shelves\" : [ \"to read\" ]");
        Files.writeString(file(), json, StandardCharsets.UTF_8);
        return Files.readAllBytes(file());
    }

    @Test
    void aNewerVersionsFileIsReadAsFarAsItCanBeAndKeptAside() throws IOException {
        byte[] original = writeVersion("99");

        Loaded<List<Mark>> loaded = store().load(KEY);

        assertThat(loaded.value()).containsExactly(PAGE);
        assertThat(loaded.problems()).singleElement().asString()
                .contains("it was written by a newer version of Quire (schema version 99)").contains(KEPT)
                .endsWith("Quire kept the 1 mark it could read.");
        store().save(KEY, List.of(PAGE, LATER));
        assertThat(file().resolveSibling(KEPT)).hasBinaryContent(original);
        assertThat(store().load(KEY).problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"two\"", "1.5", "null", "true", "0", "[1]"})
    void aSchemaVersionThatIsNotOneQuireKnowsIsReadAndKeptAside(String version) throws IOException {
        byte[] original = writeVersion(version);

        Loaded<List<Mark>> loaded = store().load(KEY);

        assertThat(loaded.value()).containsExactly(PAGE);
        assertThat(loaded.problems()).singleElement().asString()
                .contains("its schema version (" + version + ") was not one Quire knows").contains(KEPT);
        assertThat(file().resolveSibling(KEPT)).hasBinaryContent(original);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1 , \"extra\" : 2"})
    void ourOwnVersionIsNoProblem(String version) throws IOException {
        writeVersion(version);
        assertThat(store().load(KEY).problems()).isEmpty();
        try (Stream<Path> files = Files.list(file().getParent())) {
            assertThat(files).containsExactly(file());
        }
    }

    @Test
    void aFileWithNoSchemaVersionIsOneOfOurs() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"marks\": []}", StandardCharsets.UTF_8);
        assertThat(store().load(KEY)).isEqualTo(new Loaded<>(List.of(), List.of()));
    }

    @Test
    void whenTheCopyIsGoneBeforeTheFirstSaveTheFileIsCopiedAgainFirst() throws IOException {
        byte[] original = writeVersion("99");
        MarksStore store = store();
        assertThat(store.load(KEY).problems()).hasSize(1);
        Files.delete(file().resolveSibling(KEPT));

        store.save(KEY, List.of(PAGE, LATER));

        assertThat(file().resolveSibling(KEPT)).hasBinaryContent(original);
        assertThat(store.load(KEY).value()).containsExactly(PAGE, LATER);
    }

    @Test
    void readingTheSameFileAtEachStartKeepsOneCopyOfItNotOneAStart() throws IOException {
        byte[] original = writeVersion("99");
        for (int start = 0; start < 3; start++) {
            assertThat(store().load(KEY).problems()).singleElement().asString().contains(KEPT);
        }
        byte[] another = writeVersion("98");
        assertThat(store().load(KEY).problems()).singleElement().asString().contains(KEPT + "-2");

        try (Stream<Path> files = Files.list(file().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(KEY + ".json", KEPT,
                    KEPT + "-2");
        }
        assertThat(file().resolveSibling(KEPT)).hasBinaryContent(original);
        assertThat(file().resolveSibling(KEPT + "-2")).hasBinaryContent(another);
    }

    @Test
    void onceWrittenCleanTheFileIsWrittenOverWithoutMoreCopies() throws IOException {
        writeVersion("99");
        MarksStore store = store();
        store.load(KEY);
        store.save(KEY, List.of(PAGE));
        Files.delete(file().resolveSibling(KEPT));

        store.save(KEY, List.of(LATER));

        try (Stream<Path> files = Files.list(file().getParent())) {
            assertThat(files).containsExactly(file());
        }
    }
}
