package quire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quire.testing.Gen;
import quire.testing.Property;

/**
 * A long text's head is read from its first part: the same fields and the same body as splitting the
 * whole decoded text, wherever the metadata ends (well inside the first part, across its cut, past it),
 * with either kind of header or none, a byte-order mark, and Windows line ends.
 */
class FirstPartTest {
    private static final String PARAGRAPH = "Caf\u00e9 words, \u201cquoted\u201d, and a line\nthat goes on.\n\n";
    private static final String BODY = PARAGRAPH.repeat(3 * FirstPart.BYTES / PARAGRAPH.length());

    private record Case(int kind, int headerLength, boolean crlf, boolean bom) {
    }

    private static String header(int kind, int length) {
        String words = "a long summary of it all ".repeat(length / 25 + 1).substring(0, length);
        return switch (kind) {
            case 0 -> "---\nrating: Teen And Up Audiences\nsummary: " + words + "\n---\n";
            case 1 -> "Rating: T\nSummary: " + words.replace("all ", "all\n") + "\n\n";
            default -> "";
        };
    }

    @Test
    void theFirstPartSplitsAsTheWholeTextDoes() {
        Gen<Case> cases = Gen.zip(Gen.ints(0, 2), Gen.ints(0, FirstPart.BYTES + 40_000), Gen.booleans(), Gen.booleans(),
                Case::new);
        Property.forAll("theFirstPartSplitsAsTheWholeTextDoes", 30, cases, c -> {
            String text = header(c.kind(), c.headerLength()) + BODY;
            String file = (c.bom() ? "\uFEFF" : "") + (c.crlf() ? text.replace("\n", "\r\n") : text);
            byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
            MetadataSplit whole = MetadataSplit.of("long.md", StoryText.decode("long.md", bytes));
            Optional<FirstPart> first = FirstPart.of("long.md", bytes);
            if (c.headerLength() < FirstPart.BYTES / 2) {
                assertThat(first).as("a header well inside the first part").isPresent();
            }
            if (first.isPresent()) {
                assertThat(first.get().split().fields()).isEqualTo(whole.fields());
                assertThat(first.get().body("long.md")).isEqualTo(whole.body());
            }
            Story story = new StoryReader().parse("long.md", bytes);
            assertThat(story.contentHash()).isEqualTo(ContentHash.of(text));
            assertThat(story.metadata()).isEqualTo(MetadataAssembler.assemble(whole.fields()));
        });
    }

    /** Opens {@code file} and checks its head and text against the whole text's split. */
    private static void opensAsTheWholeTextSplits(String file) throws StoryException {
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        MetadataSplit whole = MetadataSplit.of("long.md", StoryText.decode("long.md", bytes));
        Optional<FirstPart> first = FirstPart.of("long.md", bytes);
        if (first.isPresent()) {
            assertThat(first.get().split().fields()).isEqualTo(whole.fields());
            assertThat(first.get().body("long.md")).isEqualTo(whole.body());
        }
        Story story = new StoryReader().parse("long.md", bytes);
        assertThat(story.metadata()).isEqualTo(MetadataAssembler.assemble(whole.fields()));
        assertThat(story.contentHash()).isEqualTo(ContentHash.of(StoryText.decode("long.md", bytes)));
    }

    /** {@code start} padded with a summary so that it ends exactly {@code at} bytes into the file. */
    private static String endingAt(String start, String end, int at) {
        int pad = at - start.getBytes(StandardCharsets.UTF_8).length - end.getBytes(StandardCharsets.UTF_8).length;
        return start + "x".repeat(pad) + end;
    }

    @Test
    void metadataEndingRightAtTheCutOrAParagraphStartingThereSplitsAsTheWholeText() throws StoryException {
        // The closing fence is the first part's last line: the body's first line is past the cut.
        opensAsTheWholeTextSplits(endingAt("---\nrating: M\nsummary: ", "\n---\n", FirstPart.BYTES) + BODY);
        // A post header's paragraph ends at the cut, and another header paragraph begins right after it.
        opensAsTheWholeTextSplits(endingAt("Rating: M\nSummary: ", "\n\n", FirstPart.BYTES) + "Pairing: A/B\n\n" + BODY);
        // A body line runs across the cut.
        opensAsTheWholeTextSplits(endingAt("Rating: M\n\nFirst line ", "", FirstPart.BYTES - 10) + "runs on past it\n\n" + BODY);
        // Old Mac line ends (no LF at all), mixed line ends, and a blank body after the header.
        opensAsTheWholeTextSplits(("---\nrating: M\n---\n" + BODY).replace("\n", "\r"));
        opensAsTheWholeTextSplits(("---\nrating: M\n---\n" + BODY).replace("\n\n", "\r\n\r"));
        opensAsTheWholeTextSplits("Rating: M\n\n" + " \n".repeat(3 * FirstPart.BYTES));
    }

    @Test
    void bytesThatAreNotUtf8InTheFirstPartAreReportedWhenTheStoryIsOpened() {
        byte[] bytes = ("---\nrating: T\n---\nCaf\u00e9\n" + BODY).getBytes(StandardCharsets.UTF_8);
        bytes[22] = (byte) 0xE9; // the "é" of line 4, as Latin-1 would write it
        assertThatThrownBy(() -> new StoryReader().open("long.md", bytes)).isInstanceOf(StoryException.class)
                .hasMessageContaining("not UTF-8").hasMessageContaining("line 4");
    }

    @Test
    void bytesThatAreNotUtf8DeepInALongTextAreReportedWithTheirLineWhenTheTextIsRead() throws StoryException {
        byte[] good = ("---\nrating: T\n---\n" + BODY).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length);
        int bad = bytes.length - 100;
        while (bytes[bad] != '\n') {
            bad++;
        }
        bytes[bad + 1] = (byte) 0xE9; // Latin-1 "é" at the start of a line
        int line = 1;
        for (int i = 0; i <= bad; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        StoryOpening opening = new StoryReader().open("long.md", bytes);
        assertThat(opening.head().metadata().rating()).isEqualTo(new StoryReader().open("good.md", good).head().metadata().rating());
        assertThatThrownBy(opening::text).isInstanceOf(StoryException.class)
                .hasMessageContaining("not UTF-8").hasMessageContaining("line " + line);
    }
}
