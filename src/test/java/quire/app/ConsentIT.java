package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consent screen as a reader meets it: the gate, the title page, and the choices it remembers. */
class ConsentIT extends AppTestSupport {
    @TempDir
    Path dir;

    private Path story(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void anAo3EpubShowsItsRatingAndWarningsOnTheConsentScreen() throws Exception {
        Path epub = Files.write(dir.resolve("ledger.epub"), quire.epub.EpubFixtures.ao3Epub());
        launch(epub.toString());
        assertThat(app.label("consent-headline")).isEqualTo("This story may contain adult content");
        assertThat(app.label("rating")).isEqualTo("Rated Mature");
        assertThat(app.label("title")).isEqualTo("The Lamplighter's Ledger");
        assertThat(app.label("warnings")).isEqualTo("Graphic Depictions Of Violence\nMajor Character Death");
        assertThat(app.label("fandom")).isEqualTo("Harbour Town Chronicles");
        assertThat(app.showing(".reader")).isFalse();
        app.type(KeyCode.ENTER);
        assertThat(app.pageText()).startsWith("Chapter 1: Quay Street");
    }

    @Test
    void warningsTheAuthorChoseNotToGiveAreShownAsUnknownNeverAsNone() throws Exception {
        Path epub = Files.write(dir.resolve("unknown.epub"),
                quire.epub.EpubFixtures.ao3Epub("<a href=\"x\">Creator Chose Not To Use Archive Warnings</a>"));
        launch(epub.toString());
        assertThat(app.label("warnings-meaning")).startsWith("Unknown:").doesNotContain("None");
        assertThat(app.label("warnings")).isEqualTo("Creator Chose Not To Use Archive Warnings");
    }

    @Test
    void theBundledStoryIsGatedWithItsRatingShownByWordAndSymbol() throws Exception {
        launch();
        assertThat(app.label("consent-headline")).isEqualTo("This story may contain adult content");
        assertThat(app.label("rating")).isEqualTo("Rated R overall");
        assertThat(app.label("rating-level")).isEqualTo("Mature");
        assertThat(app.node("#rating-badge").getAccessibleText()).isEqualTo("Rated R overall: mature content");
        assertThat(app.label("stats")).matches("\\d{3} words \u00b7 about \\d minutes to read");
        assertThat(app.showing(".reader")).isFalse();
    }

    @Test
    void tChangesTheThemeBeforeReadingAndTheStoryOpensInIt() throws Exception {
        launch();
        var root = app.stage.getScene().getRoot();
        assertThat(root.getStyleClass()).contains("theme-light");
        app.type(KeyCode.T);
        app.type(KeyCode.T);
        assertThat(root.getStyleClass()).contains("theme-dark").doesNotContain("theme-light");
        assertThat(app.showing(".reader")).as("still asking").isFalse();
        app.type(KeyCode.ENTER);
        assertThat(app.showing(".reader")).isTrue();
        assertThat(root.getStyleClass()).contains("theme-dark");
    }

    @Test
    void dontAskAgainSkipsTheScreenNextTimeButNotForAChangedStory() throws Exception {
        Path file = story("ours.md", "---\nrating: M\nsummary: Ours.\n---\nFirst line of the story.\n");
        launch(file.toString());
        app.clickOn("#dont-ask-again");
        assertThat(app.lookup("#dont-ask-again").queryAs(CheckBox.class).isSelected()).isTrue();
        app.type(KeyCode.ENTER);
        assertThat(app.pageText()).isEqualTo("First line of the story.");
        app.close();

        launch(file.toString());
        assertThat(app.showing("#start-reading")).as("not asked again").isFalse();
        assertThat(app.pageText()).isEqualTo("First line of the story.");
        app.close();

        Files.writeString(file, "---\nrating: M\nsummary: Ours.\n---\nFirst line, edited.\n", StandardCharsets.UTF_8);
        launch(file.toString());
        assertThat(app.showing("#start-reading")).as("an edited story asks again").isTrue();
    }

    @Test
    void theReaderCanAskToBeAskedAgain() throws Exception {
        Path file = story("ours.md", "---\nrating: E\n---\nText.\n");
        launch(file.toString());
        app.clickOn("#dont-ask-again");
        app.clickOn("#start-reading");
        app.type(KeyCode.I);
        app.clickOn("#ask-again");
        app.type(KeyCode.ESCAPE);
        app.close();
        launch(file.toString());
        assertThat(app.showing("#start-reading")).isTrue();
    }

    @Test
    void aStoryWithNoMetadataGetsAPlainNotRatedGate() throws Exception {
        launch(story("bare.md", "Just a story, nothing else.\n").toString());
        assertThat(app.stage.getTitle()).isEqualTo("Quire");
        assertThat(app.label("consent-headline")).isEqualTo("This story is not rated: it may contain adult content");
        assertThat(app.label("rating")).isEqualTo("Not rated");
        for (String absent : new String[] {"#title", "#author", "#warnings", "#pairing", "#summary", "#notes"}) {
            assertThat(app.showing(absent)).as(absent).isFalse();
        }
        assertThat(app.lookup(".label").queryAllAs(javafx.scene.control.Label.class))
                .allSatisfy(label -> assertThat(label.getText()).isNotBlank().doesNotContain("null"));
        app.type(KeyCode.ENTER);
        assertThat(app.pageText()).isEqualTo("Just a story, nothing else.");
    }

    @Test
    void aGeneralStoryGetsATitlePage() throws Exception {
        launch(story("g.md",
                "Title: Tea\nAuthor: Someone\nRating: G\nSummary: Tea is made.\n\nThe kettle sang.\n").toString());
        assertThat(app.label("consent-headline")).isEqualTo("About this story");
        assertThat(app.label("title")).isEqualTo("Tea");
        assertThat(app.label("rating-level")).isEqualTo("General");
        assertThat(app.node(".consent-screen").getStyleClass()).contains("title-page");
    }

    @Test
    void warningsCanStayHiddenUntilTheReaderAsks() throws Exception {
        Files.writeString(config.resolve("settings.json"),
                "{\"schemaVersion\":1,\"reading\":{\"hideWarnings\":true}}", StandardCharsets.UTF_8);
        launch();
        assertThat(app.showing("#warnings")).isFalse();
        assertThat(app.label("warnings-hidden")).contains("This story has warnings");
        app.clickOn("#show-warnings");
        assertThat(app.label("warnings")).isEqualTo("Character death...sort of");
    }

    @Test
    void hiddenWarningsHideTheAdditionalTagsTooAndShowThemInTheirPlace() throws Exception {
        Files.writeString(config.resolve("settings.json"),
                "{\"schemaVersion\":1,\"reading\":{\"hideWarnings\":true}}", StandardCharsets.UTF_8);
        Path file = story("tagged.md", "---\nrating: M\nwarnings: [Major Character Death]\nfandom: Harbour\n"
                + "tags: [Angst, Hurt/Comfort]\n---\nText.\n");
        launch(file.toString());
        assertThat(app.showing("#tags")).isFalse();
        assertThat(app.label("warnings-hidden")).contains("This story has warnings and tags");
        app.clickOn("#show-warnings");
        assertThat(app.label("tags")).isEqualTo("Angst, Hurt/Comfort");
        var card = app.node("#warnings").getParent().getParent();
        java.util.List<String> order = new java.util.ArrayList<>();
        for (var child : ((javafx.scene.layout.VBox) card).getChildren()) {
            child.lookupAll(".field-name").forEach(n -> order.add(((javafx.scene.control.Label) n).getText()));
        }
        assertThat(order).containsSubsequence("Warnings", "Fandom", "Tags");
    }

    @Test
    void aLongTagListFoldsToItsFirstTagsAndUnfoldsOnRequest() throws Exception {
        StringBuilder tags = new StringBuilder();
        for (int i = 1; i <= 64; i++) {
            tags.append(i == 1 ? "" : ", ").append("Tag Number ").append(i);
        }
        Path file = story("many.md", "---\nrating: T\nwarnings: [No Archive Warnings Apply]\ntags: [" + tags
                + "]\n---\nText.\n");
        launch(file.toString());
        assertThat(app.label("tags")).startsWith("Tag Number 1, ").contains("Tag Number 12, \u2026")
                .doesNotContain("Tag Number 13");
        assertThat(app.label("warnings")).as("the warnings stay first and whole").isEqualTo("No Archive Warnings Apply");
        app.clickOn("#toggle-tags");
        assertThat(app.label("tags")).isEqualTo(tags.toString());
        assertThat(app.lookup("#toggle-tags").queryButton().getText()).isEqualTo("Fold the tags");
    }

    @Test
    void keyIShowsTheMetadataOverTheSamePage() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        app.type(KeyCode.RIGHT);
        String footer = app.footer();
        app.type(KeyCode.I);
        assertThat(app.label("pairing")).startsWith("Spike/Xander");
        app.type(KeyCode.RIGHT);
        app.type(KeyCode.ESCAPE);
        assertThat(app.showing("#back-to-story")).isFalse();
        assertThat(app.footer()).isEqualTo(footer);
    }
}
