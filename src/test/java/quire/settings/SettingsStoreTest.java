package quire.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.files.Loaded;

class SettingsStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T06:15:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private SettingsStore store() {
        return new SettingsStore(dir.resolve("quire"), CLOCK);
    }

    private Path settingsFile() {
        return dir.resolve("quire").resolve(SettingsStore.PREFERENCES_FILE);
    }

    private void writeSettings(String json) throws IOException {
        Files.createDirectories(settingsFile().getParent());
        Files.writeString(settingsFile(), json, StandardCharsets.UTF_8);
    }

    private long filesNamed(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(settingsFile().getParent())) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).count();
        }
    }

    private static final Preferences CUSTOM = new Preferences(
            new ReadingSettings(new FontAndSpacing("Noto Serif", 24, 1.8, 1.5),
                    new LinesAndParagraphs(false, true, false, false), new PageLayout(PageMode.TWO, false),
                    new Appearance(Theme.SEPIA, false, true, true), new ReadAloud(260, "English (Great Britain)")),
            new WindowPlacement(Optional.of(40.0), Optional.of(30.0), 1300, 900, true));

    @Test
    void nothingSavedYetMeansDefaultsAndNoComplaint() {
        Loaded<Preferences> loaded = store().loadPreferences();
        assertThat(loaded.value()).isEqualTo(Preferences.DEFAULTS);
        assertThat(loaded.problems()).isEmpty();
        assertThat(store().loadStories().value()).isEmpty();
    }

    @Test
    void preferencesRoundTrip() throws IOException {
        store().save(CUSTOM);
        assertThat(store().loadPreferences()).isEqualTo(new Loaded<>(CUSTOM, java.util.List.of()));
        assertThat(Files.readString(settingsFile())).contains("\"schemaVersion\" : 1");
    }

    @Test
    void storiesRoundTrip() throws IOException {
        Map<String, StoryState> stories = Map.of("abc123", new StoryState(12, 340, true), "def", StoryState.NEW);
        store().saveStories(stories);
        assertThat(store().loadStories().value()).isEqualTo(stories);
        assertThat(store().loadStories().problems()).isEmpty();
    }

    @Test
    void theReadersPaceIsKeptOverallAndPerStory() throws IOException {
        quire.pace.ReadingPace overall = new quire.pace.ReadingPace(40, 9_800, 2_400_000);
        quire.pace.ReadingPace here = new quire.pace.ReadingPace(6, 1_500, 330_000);
        store().save(CUSTOM.withPace(overall));
        store().saveStories(Map.of("abc123", new StoryState(12, 340, true).withPace(here)));
        assertThat(store().loadPreferences().value().pace()).isEqualTo(overall);
        assertThat(store().loadStories().value().get("abc123").pace()).isEqualTo(here);
        assertThat(store().loadStories().value().get("abc123").block()).isEqualTo(12);
    }

    @Test
    void aDamagedPaceIsDroppedAndTheRestKept() throws IOException {
        writeSettings("{\"schemaVersion\":1,\"reading\":{\"theme\":\"DARK\"},"
                + "\"pace\":{\"pages\":\"many\",\"words\":900,\"millis\":60000}}");
        Loaded<Preferences> loaded = store().loadPreferences();
        assertThat(loaded.value().reading().appearance().theme()).isEqualTo(Theme.DARK);
        assertThat(loaded.value().pace()).isEqualTo(new quire.pace.ReadingPace(0, 900, 60_000));
        assertThat(loaded.problems()).singleElement().asString().contains("pace.pages");
    }

    @Test
    void aStoryFileFromBeforePaceWasKeptReadsWithNoPace() throws IOException {
        Files.createDirectories(settingsFile().getParent());
        Files.writeString(settingsFile().resolveSibling(SettingsStore.STORIES_FILE),
                "{\"schemaVersion\":1,\"stories\":{\"old\":{\"block\":4,\"offset\":9,\"skipConsent\":true}}}");
        Loaded<Map<String, StoryState>> loaded = store().loadStories();
        assertThat(loaded.value().get("old")).isEqualTo(new StoryState(4, 9, true, quire.pace.ReadingPace.NONE));
        assertThat(loaded.problems()).isEmpty();
    }

    @Test
    void emptyFileIsSetAsideWithATimestamp() throws IOException {
        writeSettings("");
        Loaded<Preferences> loaded = store().loadPreferences();
        assertThat(loaded.value()).isEqualTo(Preferences.DEFAULTS);
        assertThat(loaded.problems()).singleElement().asString()
                .contains("it was empty").contains("settings.json.broken-20261124-061500");
        assertThat(Files.exists(settingsFile().resolveSibling("settings.json.broken-20261124-061500"))).isTrue();
        assertThat(Files.exists(settingsFile())).isFalse();
    }

    @Test
    void truncatedFileIsSetAsideAndTheAppStarts() throws IOException {
        store().save(CUSTOM);
        String json = Files.readString(settingsFile());
        writeSettings(json.substring(0, json.length() / 2));
        Loaded<Preferences> loaded = store().loadPreferences();
        assertThat(loaded.value()).isEqualTo(Preferences.DEFAULTS);
        assertThat(loaded.problems()).singleElement().asString().contains("damaged")
                .contains("it ends too early, as if it had been cut off").doesNotContain("Source:");
        assertThat(filesNamed("settings.json.broken-")).isEqualTo(1);
    }

    @Test
    void notJsonAtAllIsSetAsideWithTheLineInWords() throws IOException {
        writeSettings("{\n  \"schemaVersion\": 1,\n  theme = dark\n}\n");
        Loaded<Preferences> loaded = store().loadPreferences();
        assertThat(loaded.value()).isEqualTo(Preferences.DEFAULTS);
        assertThat(loaded.problems()).singleElement().asString()
                .contains("it was damaged: it is not valid JSON (line 3)").doesNotContain("Source:");
    }

    @Test
    void aFileFromBeforeHyphenationKeepsItsChoicesAndGetsTheNewSwitchesOn() throws IOException {
        writeSettings("{\"schemaVersion\":1,\"reading\":{\"justify\":false,\"fontSize\":26}}");
        Loaded<Preferences> loaded = store().loadPreferences();
        ReadingSettings reading = loaded.value().reading();
        assertThat(reading.linesAndParagraphs().justify()).isFalse();
        assertThat(reading.fontAndSpacing().fontSize()).isEqualTo(26);
        assertThat(reading.linesAndParagraphs().hyphenate()).isTrue();
        assertThat(reading.linesAndParagraphs().hangingPunctuation()).isTrue();
        assertThat(loaded.problems()).isEmpty();
    }

    @Test
    void wrongTypesLoseOnlyThemselves() throws IOException {
        writeSettings("{\"schemaVersion\":1,\"reading\":{\"fontSize\":\"huge\",\"theme\":\"PURPLE\","
                + "\"fontFamily\":\"Georgia\",\"justify\":false,\"lineSpacing\":{}},"
                + "\"window\":{\"width\":1234,\"height\":\"tall\"}}");
        Loaded<Preferences> loaded = store().loadPreferences();
        ReadingSettings reading = loaded.value().reading();
        assertThat(reading.fontAndSpacing().fontFamily()).isEqualTo("Georgia");
        assertThat(reading.linesAndParagraphs().justify()).isFalse();
        assertThat(reading.fontAndSpacing().fontSize()).isEqualTo(FontAndSpacing.DEFAULT_FONT_SIZE);
        assertThat(reading.appearance().theme()).isEqualTo(Theme.LIGHT);
        assertThat(reading.fontAndSpacing().lineSpacing()).isEqualTo(1.5);
        assertThat(loaded.value().window().width()).isEqualTo(1234);
        assertThat(loaded.problems()).singleElement().asString()
                .contains("reading.fontSize", "reading.theme", "reading.lineSpacing", "window.height")
                .contains("settings.json.kept-20261124-061500");
    }

    @Test
    void outOfRangeValuesArePulledIntoRange() throws IOException {
        writeSettings("{\"schemaVersion\":1,\"reading\":{\"fontSize\":400,\"lineSpacing\":0.1}}");
        ReadingSettings reading = store().loadPreferences().value().reading();
        assertThat(reading.fontAndSpacing().fontSize()).isEqualTo(FontAndSpacing.MAX_FONT_SIZE);
        assertThat(reading.fontAndSpacing().lineSpacing()).isEqualTo(1.0);
    }

    @Test
    void unknownFieldsAreIgnoredQuietly() throws IOException {
        writeSettings("{\"schemaVersion\":1,\"colourOfTheMonth\":\"teal\",\"reading\":{\"theme\":\"DARK\",\"x\":1}}");
        Loaded<Preferences> loaded = store().loadPreferences();
        assertThat(loaded.value().reading().appearance().theme()).isEqualTo(Theme.DARK);
        assertThat(loaded.problems()).isEmpty();
    }

    @Test
    void aNewerVersionIsKeptAsideAndWhatWeKnowIsUsed() throws IOException {
        writeSettings("{\"schemaVersion\":7,\"reading\":{\"theme\":\"BLACK\",\"hologram\":true}}");
        Loaded<Preferences> loaded = store().loadPreferences();
        assertThat(loaded.value().reading().appearance().theme()).isEqualTo(Theme.BLACK);
        assertThat(loaded.problems()).singleElement().asString().contains("newer version of Quire")
                .contains("settings.json.kept-");
        assertThat(Files.exists(settingsFile())).isTrue();
    }

    @Test
    void aFolderWhereTheFileShouldBeIsMovedAsideAndSavingWorksAgain() throws IOException {
        Files.createDirectories(settingsFile());
        Loaded<Preferences> loaded = store().loadPreferences();
        assertThat(loaded.value()).isEqualTo(Preferences.DEFAULTS);
        assertThat(loaded.problems()).singleElement().asString().contains("folder where the file should be");
        store().save(CUSTOM);
        assertThat(store().loadPreferences().value()).isEqualTo(CUSTOM);
    }

    @Test
    void anUnreadableFileStillLetsTheAppStart() throws IOException {
        store().save(CUSTOM);
        Files.setPosixFilePermissions(settingsFile(), PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(settingsFile()), "running as root: permissions do not bind");
        Loaded<Preferences> loaded = store().loadPreferences();
        assertThat(loaded.value()).isEqualTo(Preferences.DEFAULTS);
        assertThat(loaded.problems()).singleElement().asString().contains("not allowed to read");
    }

    @Test
    void damagedStoriesFileKeepsTheValidStories() throws IOException {
        Files.createDirectories(settingsFile().getParent());
        Files.writeString(settingsFile().resolveSibling(SettingsStore.STORIES_FILE),
                "{\"schemaVersion\":1,\"stories\":{\"good\":{\"block\":4,\"offset\":9,\"skipConsent\":true},"
                        + "\"bad\":{\"block\":\"four\",\"offset\":2}}}");
        Loaded<Map<String, StoryState>> loaded = store().loadStories();
        assertThat(loaded.value()).containsEntry("good", new StoryState(4, 9, true))
                .containsEntry("bad", new StoryState(0, 2, false));
        assertThat(loaded.problems()).singleElement().asString().contains("story bad.block");
    }

    @Test
    void configFolderFollowsEachPlatform() {
        Path home = Path.of("/home/reader");
        assertThat(ConfigFolder.resolve(Map.of(), "Linux", home)).isEqualTo(Path.of("/home/reader/.config/quire"));
        assertThat(ConfigFolder.resolve(Map.of("XDG_CONFIG_HOME", "/tmp/cfg"), "Linux", home))
                .isEqualTo(Path.of("/tmp/cfg/quire"));
        assertThat(ConfigFolder.resolve(Map.of("XDG_CONFIG_HOME", "relative"), "Linux", home))
                .isEqualTo(Path.of("/home/reader/.config/quire"));
        assertThat(ConfigFolder.resolve(Map.of(), "Mac OS X", home))
                .isEqualTo(Path.of("/home/reader/Library/Application Support/Quire"));
        assertThat(ConfigFolder.resolve(Map.of("APPDATA", "/c/Users/r/AppData/Roaming"), "Windows 11", home))
                .isEqualTo(Path.of("/c/Users/r/AppData/Roaming/Quire"));
    }
}
