package quire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad file gets a message a reader understands: which file, what is wrong, where. */
class BadInputTest {
    @TempDir
    Path dir;

    private final StoryReader reader = new StoryReader();

    private StoryException failureFor(Path file) {
        return catchThrowableOfType(StoryException.class, () -> reader.read(file));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void missingFile() {
        StoryException e = failureFor(dir.resolve("nowhere.md"));
        assertThat(e.getMessage()).contains("nowhere.md").contains("there is no such file");
    }

    @Test
    void folderInsteadOfFile() {
        assertThat(failureFor(dir).getMessage()).contains("this is a folder, not a story file");
    }

    @Test
    void aDeviceIsRefusedWithoutReadingForever() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "needs /dev/zero");
        StoryException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> failureFor(zero));
        assertThat(e.getMessage()).contains("device or a pipe");
    }

    @Test
    void anEndlessStreamIsCutOffAtTheLimit() {
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };
        StoryException e = catchThrowableOfType(StoryException.class, () -> reader.read("stdin", endless));
        assertThat(e.getMessage()).contains("more than 64 MB");
    }

    @Test
    void emptyFile() throws IOException {
        StoryException e = failureFor(write("empty.md", new byte[0]));
        assertThat(e.getMessage()).contains("empty.md").contains("the file is empty");
    }

    @Test
    void blankFile() throws IOException {
        assertThat(failureFor(write("blank.md", " \n\n\t \n")).getMessage()).contains("only blank space");
    }

    @Test
    void notUtf8NamesTheLine() throws IOException {
        byte[] latin1 = "Title: Caf\u00e9\n\nLine two\nna\u00efve line three\n".getBytes(StandardCharsets.ISO_8859_1);
        StoryException e = failureFor(write("latin1.txt", latin1));
        assertThat(e.line()).hasValue(1);
        assertThat(e.getMessage()).contains("latin1.txt").contains("line 1").contains("not UTF-8");
        byte[] later = "ok\nok\n\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(failureFor(write("later.txt", later)).line()).hasValue(3);
    }

    @Test
    void utf16IsNamedAsSuch() throws IOException {
        byte[] utf16 = "\uFEFFHello".getBytes(StandardCharsets.UTF_16LE);
        assertThat(failureFor(write("wide.txt", utf16)).getMessage()).contains("UTF-16");
    }

    @Test
    void binaryFile() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        StoryException e = failureFor(write("cover.png", png));
        assertThat(e.getMessage()).contains("cover.png").contains("binary file");
    }

    @Test
    void pdfAndEpubAreNamed() throws IOException {
        assertThat(failureFor(write("story.pdf", "%PDF-1.7\n%\u00e2\u00e3")).getMessage()).contains("PDF document");
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
        assertThat(failureFor(write("story.epub", zip)).getMessage()).contains("zip archive");
    }

    @Test
    void seventyMegabyteFileIsRefusedQuicklyWithItsSize() throws IOException {
        Path huge = dir.resolve("huge.md");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(70L * 1000 * 1000);
        }
        StoryException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> failureFor(huge));
        assertThat(e.getMessage()).contains("huge.md").contains("70.0 MB").contains("up to 64 MB");
    }

    @Test
    void unclosedFrontMatter() throws IOException {
        StoryException e = failureFor(write("open.md", "---\ntitle: Open\nrating: T\n\nThe story.\n"));
        assertThat(e.line()).hasValue(1);
        assertThat(e.getMessage()).contains("open.md").contains("no closing '---' line");
    }

    @Test
    void invalidYamlNamesTheLine() throws IOException {
        StoryException e = failureFor(write("bad.md", "---\ntitle: Fine\nrating: [R\nsummary: x\n---\nBody\n"));
        assertThat(e.getMessage()).contains("bad.md").contains("not valid YAML");
        assertThat(e.line().orElse(0)).isBetween(3, 5);
    }

    @Test
    void frontMatterThatIsNotKeysAndValues() throws IOException {
        StoryException e = failureFor(write("list.md", "---\n- one\n- two\n---\nBody\n"));
        assertThat(e.getMessage()).contains("'key: value' lines");
        assertThat(e.line()).hasValue(2);
    }

    @Test
    void nestedMappingIsNamedByKey() throws IOException {
        StoryException e = failureFor(write("nested.md", "---\ntitle: Fine\nrating:\n  level: R\n---\nBody\n"));
        assertThat(e.getMessage()).contains("'rating' should be text or a list of text");
        assertThat(e.line()).hasValue(4);
    }

    @Test
    void unreadableFile() throws IOException {
        Path secret = write("secret.md", "Hello");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        if (Files.isReadable(secret)) {
            return; // running as root: permissions do not bind, so there is nothing to observe
        }
        assertThat(failureFor(secret).getMessage()).contains("not allowed to read it");
    }

    @Test
    void rawHtmlIsShownAsTextAndNeverInterpreted() throws Exception {
        Story story = reader.read(write("html.md",
                "<script>alert('x')</script>\n\nA <b>bold</b> claim.<!-- hidden --> "
                        + "<img src=\"http://example.invalid/x.png\">\n"));
        assertThat(story.blocks().get(0)).isEqualTo(new Block.Preformatted("<script>alert('x')</script>"));
        assertThat(story.blocks().get(1).plainText())
                .isEqualTo("A <b>bold</b> claim. <img src=\"http://example.invalid/x.png\">");
    }

    @Test
    void linksShowTheirTextAndKeepNoAddress() throws Exception {
        Story story = reader.read(write("links.md",
                "See [my other fic](http://example.invalid/fic) and <http://example.invalid/a>. ![cover](c.png)\n"));
        assertThat(story.plainText()).isEqualTo("See my other fic and http://example.invalid/a. cover");
        assertThat(story.blocks().get(0).toString()).doesNotContain("example.invalid/fic").doesNotContain("c.png");
    }

    @Test
    void noCheckedOrUncheckedSurpriseForAPathThatCannotExist() {
        assertThatThrownBy(() -> reader.read(dir.resolve("a\u0000b".replace("\u0000", "_")).resolve("x")))
                .isInstanceOf(StoryException.class);
    }
}
