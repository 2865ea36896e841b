package quire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.epub.EpubFixtures;
import quire.story.Story;
import quire.story.StoryException;

/** A file named on the command line opens by what it is, whatever its name says. */
class StoryLoaderFormatsTest {
    @TempDir
    Path folder;

    private final StoryLoader loader = new StoryLoader();

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    @Test
    void anEpubOpensWithItsMetadataEvenWhenItsNameSaysNothing() throws Exception {
        Story story = loader.file(write("download", EpubFixtures.ao3Epub()));
        assertThat(story.metadata().rating()).contains("Mature");
        assertThat(story.metadata().warnings()).contains("Major Character Death");
        assertThat(story.plainText()).startsWith("Chapter 1: Quay Street");
    }

    @Test
    void anHtmlDownloadOpensByItsContentOrItsName() throws Exception {
        byte[] html = EpubFixtures.ao3Html().getBytes(StandardCharsets.UTF_8);
        assertThat(loader.file(write("work.txt", html)).metadata().title()).contains("The Lamplighter's Ledger");
        assertThat(loader.file(write("page.html", "<p>Hello <i>there</i></p>".getBytes(StandardCharsets.UTF_8))).plainText())
                .isEqualTo("Hello there");
    }

    @Test
    void markdownStillOpensAsBefore() throws Exception {
        assertThat(loader.file(write("s.md", "Title: Tide\n\nThe *sea*.\n".getBytes(StandardCharsets.UTF_8))).plainText())
                .isEqualTo("The sea.");
    }

    @Test
    void pdfAndKindleBooksAreNamedWithWhatToDownloadInstead() throws IOException {
        Path pdf = write("work.pdf", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII));
        byte[] mobi = new byte[200];
        System.arraycopy("BOOKMOBI".getBytes(StandardCharsets.US_ASCII), 0, mobi, 60, 8);
        Path azw3 = write("work.azw3", mobi);
        assertThatThrownBy(() -> loader.file(pdf)).isInstanceOf(StoryException.class)
                .hasMessageContaining("work.pdf").hasMessageContaining("PDF").hasMessageContaining("EPUB or HTML");
        assertThatThrownBy(() -> loader.file(azw3)).isInstanceOf(StoryException.class)
                .hasMessageContaining("work.azw3").hasMessageContaining("Kindle book (MOBI or AZW3)")
                .hasMessageContaining("EPUB or HTML");
        Path renamed = write("work.bin", mobi);
        assertThatThrownBy(() -> loader.file(renamed)).hasMessageContaining("Kindle book");
    }

    @Test
    void aZipThatIsNotAnEpubSaysSo() throws IOException {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 'a'};
        Path file = write("notes.docx", zip);
        assertThatThrownBy(() -> loader.file(file)).isInstanceOf(StoryException.class).hasMessageContaining("notes.docx");
    }

    @Test
    void aMissingFileIsStillNamed() {
        assertThatThrownBy(() -> loader.file(folder.resolve("gone.epub"))).hasMessageContaining("no such file");
    }
}
