package quire.markstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;
import quire.place.TextRange;
import quire.marks.Bookmark;
import quire.marks.Highlight;
import quire.marks.Mark;
import quire.marks.MarkColour;
import quire.marks.TextQuote;

class MarksStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T06:15:00Z"), ZoneOffset.UTC);
    private static final String HASH = "0f94b330e0fef349";
    private static final Highlight NOTED = new Highlight("h1", TextRange.inBlock(3, 5, 30),
            new TextQuote("before ", "\u201cYou\u2019re brooding\u2026\u201d", " after"), MarkColour.PINK,
            "Line one.\nLine two.", true);
    private static final Bookmark PAGE = new Bookmark("b1", TextRange.inBlock(1, 0, 12),
            new TextQuote("", "Chapter One.", " It"), true);

    @TempDir
    Path dir;

    private MarksStore store() {
        return new MarksStore(dir, CLOCK);
    }

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void marksComeBackAsTheyWereWrittenInReadableJson() throws IOException {
        List<Mark> marks = List.of(PAGE, NOTED,
                new Highlight("h2", NOTED.range(), NOTED.quote(), NOTED.colour(), "", false));
        store().save(HASH, marks);
        assertThat(store().load(HASH).value()).containsExactlyElementsOf(marks);
        assertThat(store().load(HASH).problems()).isEmpty();
        String json = Files.readString(store().fileOf(HASH));
        assertThat(json).contains("\"exact\" : \"\u201cYou\u2019re brooding\u2026\u201d\"").contains("\"kind\" : \"bookmark\"");
    }

    @Test
    void aStoryWithNoFileHasNoMarksAndNoProblem() {
        var loaded = store().load("never-seen");
        assertThat(loaded.value()).isEmpty();
        assertThat(loaded.problems()).isEmpty();
    }

    @Test
    void writingLeavesNoTemporaryFileBehindAndReplacesTheOldOne() throws IOException {
        store().save(HASH, List.of(PAGE));
        store().save(HASH, List.of(NOTED));
        assertThat(filesIn(store().fileOf(HASH).getParent())).isEqualTo(1);
        assertThat(store().load(HASH).value()).containsExactly(NOTED);
    }

    @Test
    void aDamagedFileIsSetAsideWithANoticeAndOtherStoriesKeepTheirMarks() throws IOException {
        store().save("other", List.of(PAGE));
        Path file = store().fileOf(HASH);
        Files.writeString(file, "{\"marks\": [ {\"kind\": \"highl", StandardCharsets.UTF_8);
        var loaded = store().load(HASH);
        assertThat(loaded.value()).isEmpty();
        assertThat(loaded.problems()).singleElement().asString().contains("marks").contains(HASH + ".json.broken-20261124-061500");
        assertThat(file).doesNotExist();
        assertThat(file.resolveSibling(HASH + ".json.broken-20261124-061500")).hasContent("{\"marks\": [ {\"kind\": \"highl");
        assertThat(store().load("other").value()).containsExactly(PAGE);
    }

    @Test
    void aBadEntryIsLeftOutWhileTheGoodOnesAreKeptAndACopyIsKept() throws IOException {
        store().save(HASH, List.of(PAGE, NOTED));
        Path file = store().fileOf(HASH);
        String json = Files.readString(file).replaceFirst("\"kind\" : \"bookmark\"", "\"kind\" : \"scribble\"");
        Files.writeString(file, json);
        var loaded = store().load(HASH);
        assertThat(loaded.value()).containsExactly(NOTED);
        assertThat(loaded.problems()).singleElement().asString().contains("1 mark was not valid").contains("kept-");
        assertThat(file).exists();
    }

    @Test
    @Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
    void aPipeWhereTheMarksFileShouldBeIsSetAsideAtOnceAndTheNextSaveWritesAFile() throws Exception {
        Path file = store().fileOf(HASH);
        Files.createDirectories(file.getParent());
        Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).start();
        assumeTrue(mkfifo.waitFor(5, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");

        var loaded = store().load(HASH);

        assertThat(loaded.value()).isEmpty();
        assertThat(loaded.problems()).singleElement().asString().contains("it was not a regular file");
        store().save(HASH, List.of(PAGE));
        assertThat(file).isRegularFile();
        assertThat(store().load(HASH).value()).containsExactly(PAGE);
    }

    @Test
    void aQuoteKeepsItsCountOfCopiesAndAnOlderFileWithoutItLoadsAsNotKnown() throws IOException {
        Highlight counted = new Highlight("h2", TextRange.inBlock(1, 0, 5), new TextQuote("", "Spike", " said", 3),
                MarkColour.BLUE, "", true);
        store().save(HASH, List.of(counted));
        assertThat(store().load(HASH).value()).containsExactly(counted);
        String older = Files.readString(store().fileOf(HASH)).replaceAll(",\\s*\"copies\" : 3", "");
        assertThat(older).doesNotContain("copies");
        Files.writeString(store().fileOf(HASH), older);
        assertThat(store().load(HASH).value()).singleElement()
                .satisfies(m -> assertThat(m.quote().copies()).isZero());
    }
}
