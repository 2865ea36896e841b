package quire.epub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import quire.story.Story;
import quire.story.StoryException;

/** Every broken or hostile EPUB gets a message that names the file and what is wrong, and nothing else happens. */
class BadEpubTest {
    private final EpubReader reader = new EpubReader();

    private static final String DRM = "<?xml version=\"1.0\"?><encryption xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\" "
            + "xmlns:enc=\"http://www.w3.org/2001/04/xmlenc#\"><enc:EncryptedData><enc:EncryptionMethod Algorithm=\"%s\"/>"
            + "<enc:CipherData><enc:CipherReference URI=\"%s\"/></enc:CipherData></enc:EncryptedData></encryption>";

    private static EpubBuilder oneChapter() {
        return new EpubBuilder().page("c1.xhtml", EpubBuilder.xhtml("c", null, "<p>The harbour was quiet.</p>"), "One");
    }

    private String problem(byte[] bytes) {
        try {
            reader.read("bad.epub", bytes);
        } catch (StoryException e) {
            assertThat(e.getMessage()).startsWith("Quire cannot open \u201cbad.epub\u201d: ");
            return e.problem();
        }
        throw new AssertionError("bad.epub opened");
    }

    @Test
    void notAZip() {
        assertThat(problem("just some words".getBytes(StandardCharsets.UTF_8))).contains("not an EPUB").contains("zip archive");
    }

    @Test
    void aBrokenZip() {
        byte[] whole = oneChapter().bytes();
        assertThat(problem(Arrays.copyOf(whole, whole.length / 3))).contains("damaged");
        byte[] scrambled = whole.clone();
        for (int i = 60; i < scrambled.length - 30; i += 7) {
            scrambled[i] ^= 0x5a;
        }
        assertThat(problem(scrambled)).containsAnyOf("damaged", "incomplete", "no pages", "no text");
    }

    @Test
    void noContainerOrNoPackageFile() {
        assertThat(problem(oneChapter().withoutContainer().bytes())).contains("META-INF/container.xml");
        assertThat(problem(oneChapter().withoutOpf().bytes())).contains("OEBPS/content.opf").contains("not in it");
        assertThat(problem(new EpubBuilder().bytes())).contains("no pages to read");
    }

    @Test
    void drmIsRefused() {
        byte[] locked = oneChapter().entry("META-INF/encryption.xml",
                String.format(DRM, "http://www.w3.org/2001/04/xmlenc#aes128-cbc", "OEBPS/c1.xhtml").getBytes(StandardCharsets.UTF_8)).bytes();
        assertThat(problem(locked)).contains("locked with DRM: Quire cannot open it");
    }

    @Test
    void obfuscatedFontsAreNotDrm() throws StoryException {
        byte[] fonts = oneChapter().entry("META-INF/encryption.xml",
                String.format(DRM, "http://www.idpf.org/2008/embedding", "OEBPS/font.otf").getBytes(StandardCharsets.UTF_8)).bytes();
        assertThat(reader.read("fonts.epub", fonts).plainText()).isEqualTo("One\n\nThe harbour was quiet.");
    }

    @Test
    void aZipBombIsNotUnpacked() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("OEBPS/c1.xhtml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 80; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(out.size()).isLessThan(200_000);
        assertThat(problem(out.toByteArray())).contains("zip bomb");
    }

    @Test
    void tooManyEntries() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i <= EpubArchive.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("f" + i));
                zip.closeEntry();
            }
        }
        assertThat(problem(out.toByteArray())).contains("more than 5000 files");
    }

    /** A name that climbs out of the archive is only a name: it is never read as a page, nor written anywhere. */
    @Test
    void pathTraversalEntriesAreIgnored() throws StoryException {
        byte[] evil = EpubBuilder.xhtml("e", null, "<p>EVIL</p>").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = oneChapter().entry("../../../../tmp/quire-evil.xhtml", evil).entry("/etc/quire-evil.xhtml", evil).bytes();
        Story story = reader.read("trav.epub", bytes);
        assertThat(story.plainText()).doesNotContain("EVIL");
        assertThat(EpubArchive.normalName("../../../../tmp/x")).isEmpty();
        assertThat(EpubArchive.normalName("OEBPS/../OEBPS/./c1.xhtml")).contains("OEBPS/c1.xhtml");
        assertThat(EpubArchive.resolve("OEBPS/content.opf", "../../../etc/passwd")).isEmpty();
        assertThat(EpubArchive.resolve("OEBPS/content.opf", "Text/chapter%201.xhtml#p3")).contains("OEBPS/Text/chapter 1.xhtml");
        assertThat(EpubArchive.resolve("OEBPS/content.opf", "http://example.org/x.xhtml")).isEmpty();
        assertThat(new java.io.File("/tmp/quire-evil.xhtml")).doesNotExist();
    }

    /** Old zip tools name files in code page 437, not UTF-8: such a book still opens. */
    @Test
    void entryNamesInCodePage437() throws IOException, StoryException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.nio.charset.Charset cp437 = java.nio.charset.Charset.forName("IBM437");
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(oneChapter().bytes()));
             ZipOutputStream zip = new ZipOutputStream(out, cp437)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(in.readAllBytes());
            }
            zip.putNextEntry(new ZipEntry("OEBPS/caf\u00e9-\u00e0.css"));
            zip.write(new byte[] {'p'});
        }
        assertThat(reader.read("old.epub", out.toByteArray()).plainText()).isEqualTo("One\n\nThe harbour was quiet.");
    }

    @Test
    void entitiesAreNotExpandedBeyondHtmlsOwn() throws StoryException {
        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE html [\n<!ENTITY lol \"lol\">\n"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
                + "<!ENTITY ext SYSTEM \"file:///etc/passwd\">\n]>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>A &lol3; B &ext; C &amp; &eacute;</p></body></html>";
        Story story = reader.read("lol.epub", new EpubBuilder().page("c.xhtml", laughs, "One").bytes());
        assertThat(story.plainText()).contains("A &lol3; B &ext; C & \u00e9").doesNotContain("lollol").doesNotContain("root:");
    }

    @Test
    void anUnknownEncodingIsReadAsUtf8AndADeclaredOneIsHonoured() throws StoryException {
        String klingon = "<?xml version=\"1.0\" encoding=\"x-klingon-9\"?><html><body><p>Caf\u00e9 au lait</p></body></html>";
        assertThat(reader.read("k.epub", new EpubBuilder().page("c.xhtml", klingon, null).bytes()).plainText())
                .isEqualTo("Caf\u00e9 au lait");
        String latin = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html><body><p>Caf\u00e9</p></body></html>";
        assertThat(reader.read("l.epub", new EpubBuilder().pagesIn(StandardCharsets.ISO_8859_1).page("c.xhtml", latin, null)
                .bytes()).plainText()).isEqualTo("Caf\u00e9");
    }

    @Test
    void aFiveMegabyteParagraphOpensQuickly() throws StoryException {
        // Words of random letters: real prose deflates about fourfold, a repeated word a thousandfold (a bomb).
        java.util.Random random = new java.util.Random(20);
        StringBuilder text = new StringBuilder();
        while (text.length() < 5_000_000) {
            for (int letters = 1 + random.nextInt(9); letters > 0; letters--) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append(' ');
        }
        String words = text.toString();
        long start = System.nanoTime();
        Story story = reader.read("big.epub", new EpubBuilder().page("c.xhtml",
                EpubBuilder.xhtml("c", null, "<p>" + words + "</p>"), "One").bytes());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(story.plainText()).hasSize("One\n\n".length() + words.length() - 1);
        assertThat(millis).isLessThan(5_000);
    }

    @Test
    void pagesWithNoTextAreAMessageNotAnEmptyStory() {
        assertThat(problem(new EpubBuilder().page("c.xhtml", EpubBuilder.xhtml("c", null, "<p><img src=\"a.png\"/></p>"), "Cover")
                .bytes())).contains("no text to read");
    }
}
