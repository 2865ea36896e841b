package quire.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Quire's packages and the arrows allowed between them, checked on the compiled main classes (tests are
 * not imported). A broken rule fails with the class and the dependency that break it. A new package
 * needs a layer here before any class in it can pass.
 */
class LayeringTest {
    private static final JavaClasses QUIRE = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("quire");

    /** Everything but start-up and the screens: no JavaFX in any of these. */
    private static final String[] CORE = {"quire.story..", "quire.layout..", "quire.text..", "quire.marks..",
            "quire.markstore..", "quire.pace..", "quire.speech..", "quire.settings..", "quire.identity..",
            "quire.place..", "quire.files..", "quire.epub.."};

    /**
     * The arrows, top to bottom: the app wires everything; the screens read the engine, the features'
     * values and the settings, never a store; the stores know their values and {@code quire.files}; the
     * engine and the features' values know the story at most; {@code quire.place}, the vocabulary of
     * places, is at the bottom for everyone and knows nothing. The screen-reader bridge ({@code
     * quire.access}) stands apart: only the app starts it, and it knows no Quire package.
     */
    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("App").definedBy("quire.app..")
            .layer("Access").definedBy("quire.access..")
            .layer("Ui").definedBy("quire.ui..")
            .layer("Settings").definedBy("quire.settings..")
            .layer("MarkStore").definedBy("quire.markstore..")
            .layer("Marks").definedBy("quire.marks..")
            .layer("Speech").definedBy("quire.speech..")
            .layer("Text").definedBy("quire.text..")
            .layer("Layout").definedBy("quire.layout..")
            .layer("Pace").definedBy("quire.pace..")
            .layer("Identity").definedBy("quire.identity..")
            .layer("Epub").definedBy("quire.epub..")
            .layer("Story").definedBy("quire.story..")
            .layer("Files").definedBy("quire.files..")
            .layer("Place").definedBy("quire.place..")

            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Access").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Access").mayNotAccessAnyLayer()
            .whereLayer("Ui").mayOnlyAccessLayers("Layout", "Text", "Marks", "Speech", "Pace", "Settings", "Story",
                    "Place")
            .whereLayer("Settings").mayOnlyAccessLayers("Files", "Pace", "Identity", "Story", "Place")
            .whereLayer("MarkStore").mayOnlyAccessLayers("Files", "Marks", "Place")
            .whereLayer("Marks").mayOnlyAccessLayers("Text", "Place")
            .whereLayer("Speech").mayOnlyAccessLayers("Place")
            .whereLayer("Text").mayOnlyAccessLayers("Place")
            .whereLayer("Layout").mayOnlyAccessLayers("Story", "Place")
            .whereLayer("Identity").mayOnlyAccessLayers("Story", "Place")
            .whereLayer("Epub").mayOnlyAccessLayers("Story", "Place")
            .whereLayer("Epub").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Pace").mayOnlyAccessLayers("Place")
            .whereLayer("Story").mayOnlyAccessLayers("Place")
            .whereLayer("Files").mayOnlyBeAccessedByLayers("App", "Settings", "MarkStore")
            .whereLayer("Files").mayNotAccessAnyLayer()
            .whereLayer("Place").mayNotAccessAnyLayer()
            .ensureAllClassesAreContainedInArchitecture()
            .because("data flows one way, from the story file to what is drawn; the app wires it all and a feature"
                    + " names a place with quire.place, not with the engine");

    /**
     * The rooms of {@code quire.ui}, top to bottom. The reading screen composes the features and may use
     * every room; a start screen uses the panel frame. The features (selection, search, marks, read
     * aloud, the settings panel) act on the page and its scroll column and may use the panel frame, the
     * command table and the shared base, but not each other, except for three arrows that say what the
     * feature is: a highlight is made from the selection (marks -> selection), the selection's menu and
     * Ctrl+F open the search bar with the selected words (selection -> search), and the settings panel
     * names the voices as the read-aloud bar does (settings -> readaloud). Scroll mode is a way of showing
     * the page; the page (the reader model and the page view), the panel frame and the command table
     * know only the base, which knows no room.
     */
    static final ArchRule ROOMS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Reading").definedBy("quire.ui.reading..")
            .layer("Start").definedBy("quire.ui.start..")
            .layer("Marks").definedBy("quire.ui.marks..")
            .layer("Selection").definedBy("quire.ui.selection..")
            .layer("Search").definedBy("quire.ui.search..")
            .layer("ReadAloud").definedBy("quire.ui.readaloud..")
            .layer("SettingsPanel").definedBy("quire.ui.settings..")
            .layer("Scroll").definedBy("quire.ui.scroll..")
            .layer("Page").definedBy("quire.ui.page..")
            .layer("Panel").definedBy("quire.ui.panel..")
            .layer("Commands").definedBy("quire.ui.command..")
            .layer("Base").definedBy("quire.ui")

            .whereLayer("Reading").mayNotBeAccessedByAnyLayer()
            .whereLayer("Start").mayNotBeAccessedByAnyLayer()
            .whereLayer("Start").mayOnlyAccessLayers("Panel", "Base")
            .whereLayer("Marks").mayOnlyAccessLayers("Selection", "Page", "Scroll", "Panel", "Commands", "Base")
            .whereLayer("Selection").mayOnlyAccessLayers("Search", "Page", "Scroll", "Panel", "Commands", "Base")
            .whereLayer("Search").mayOnlyAccessLayers("Page", "Scroll", "Panel", "Commands", "Base")
            .whereLayer("ReadAloud").mayOnlyAccessLayers("Page", "Scroll", "Panel", "Commands", "Base")
            .whereLayer("SettingsPanel").mayOnlyAccessLayers("ReadAloud", "Page", "Scroll", "Panel", "Commands",
                    "Base")
            .whereLayer("Scroll").mayOnlyAccessLayers("Page", "Base")
            .whereLayer("Page").mayOnlyAccessLayers("Base")
            .whereLayer("Panel").mayOnlyAccessLayers("Commands", "Base")
            .whereLayer("Commands").mayNotAccessAnyLayer()
            .whereLayer("Base").mayNotAccessAnyLayer()
            .because("each feature keeps its model, view and commands in its own room; the reading screen"
                    + " puts them together, so no feature reaches into another's");

    @Test
    void packagesDependOnlyAlongTheAllowedArrows() {
        LAYERS.check(QUIRE);
    }

    /** The rule is not vacuous: a layout class reaching up into the screens fails it, by name. */
    @Test
    void aWrongArrowFailsNamingTheClassThatDrawsIt() {
        JavaClasses withPlant = new ClassFileImporter()
                .withImportOption(location -> new ImportOption.DoNotIncludeTests().includes(location)
                        || location.contains("quire/layout/PlantedWrongArrow"))
                .importPackages("quire");

        EvaluationResult result = LAYERS.evaluate(withPlant);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("quire.layout.PlantedWrongArrow")
                        .contains("quire.ui.FxTextMeasurer"));
    }

    @Test
    void theScreensRoomsDependOnlyAlongTheAllowedArrows() {
        ROOMS.check(QUIRE);
    }

    @Test
    void theScreensRoomsHaveNoCycles() {
        slices().matching("quire.ui.(*)..").should().beFreeOfCycles().check(QUIRE);
    }

    /** The rooms rule is not vacuous either: the search room reaching into the marks fails it, by name. */
    @Test
    void aFeatureReachingIntoAnotherFailsNamingTheClass() {
        JavaClasses withPlant = new ClassFileImporter()
                .withImportOption(location -> new ImportOption.DoNotIncludeTests().includes(location)
                        || location.contains("quire/ui/search/PlantedWrongArrow"))
                .importPackages("quire");

        EvaluationResult result = ROOMS.evaluate(withPlant);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("quire.ui.search.PlantedWrongArrow")
                        .contains("quire.ui.marks.MarksModel"));
        assertThat(LAYERS.evaluate(withPlant).hasViolation()).as("the arrow stays inside quire.ui").isFalse();
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("quire.(*)..").should().beFreeOfCycles().check(QUIRE);
    }

    @Test
    void theCoreKnowsNoJavaFx() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..")
                .because("only the app and its screens touch the toolkit; the rest is tested without one")
                .check(QUIRE);
    }

    @Test
    void dbusJavaStaysInTheAccessibilityBridge() {
        noClasses().that().resideOutsideOfPackage("quire.access..")
                .should().dependOnClassesThat().resideInAPackage("org.freedesktop.dbus..")
                .because("AT-SPI over D-Bus is the screen-reader bridge's business (quire.access); the app only"
                        + " starts it, through quire.access.Accessibility")
                .check(QUIRE);
    }

    @Test
    void theAccessibilityBridgeKnowsOnlyJavaFxAndDbus() {
        noClasses().that().resideInAPackage("quire.access..")
                .should().dependOnClassesThat(resideInAPackage("quire..").and(not(resideInAPackage("quire.access.."))))
                .because("the bridge is generic over JavaFX's accessibility API, so it could become a library;"
                        + " features give their nodes roles and text instead")
                .check(QUIRE);
    }

    /**
     * What runs without a screen reader (the bridge's door and the status watch) names no dbus-java type:
     * until one is on, dbus-java is not loaded (src/test/atspi/follow-status.sh checks the JVM).
     */
    @Test
    void theBridgesStatusWatchNamesNoDbusType() {
        noClasses().that(inClass("quire.access.Accessibility").or(inClass("quire.access.StatusLoop"))
                        .or(inClass("quire.access.StatusProbe")).or(inClass("quire.access.DbusWire")))
                .should().dependOnClassesThat().resideInAPackage("org.freedesktop.dbus..")
                .because("the question \"is a screen reader on?\" must cost no D-Bus library")
                .check(QUIRE);
    }

    @Test
    void theSettingsKeepThePaceOnlyAsAValue() {
        noClasses().that().resideInAPackage("quire.settings..")
                .should().dependOnClassesThat(resideInAPackage("quire.pace..")
                        .and(not(inClass("quire.pace.ReadingPace"))))
                .because("the settings files hold the reader's pace as the totals quire.pace counts (ReadingPace);"
                        + " timing pages is the pace feature's, in memory")
                .check(QUIRE);
    }

    @Test
    void theValuePackagesTouchNoFiles() {
        noClasses().that().resideInAnyPackage("quire.marks..", "quire.text..", "quire.pace..", "quire.place..")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..")
                .orShould().dependOnClassesThat().belongToAnyOf(java.io.File.class, java.io.FileInputStream.class,
                        java.io.FileOutputStream.class, java.io.FileReader.class, java.io.FileWriter.class,
                        java.io.RandomAccessFile.class)
                .because("marks, text, pace and places are values and pure functions; files are the stores' and"
                        + " the app's (quire.files, quire.settings, quire.markstore)")
                .check(QUIRE);
    }

    @Test
    void flexmarkStaysInTheStoryReader() {
        noClasses().that(not(inClass("quire.story.MarkdownBody")))
                .should().dependOnClassesThat().resideInAPackage("com.vladsch.flexmark..")
                .because("Flexmark lives only in quire.story, in MarkdownBody, which maps its tree once into our"
                        + " own records")
                .check(QUIRE);
    }

    @Test
    void jsoupStaysInTheEpubReader() {
        noClasses().that().resideOutsideOfPackage("quire.epub..")
                .should().dependOnClassesThat().resideInAPackage("org.jsoup..")
                .because("jsoup lives only in quire.epub, which maps (X)HTML once into the story's own records")
                .check(QUIRE);
    }

    @Test
    void jacksonStaysWhereFilesAreReadAndWritten() {
        noClasses().that(not(resideInAnyPackage("quire.settings..", "quire.markstore..")
                        .or(inClass("quire.story.FrontMatter"))
                        .or(inClass("quire.marks.MarksJson"))))
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .because("Jackson is used only where Quire's files are read and written: the settings and"
                        + " marks files (quire.settings, quire.markstore), a story's YAML front matter"
                        + " (quire.story.FrontMatter) and the marks exported as Web Annotations"
                        + " (quire.marks.MarksJson)")
                .check(QUIRE);
    }

    /** The class of this name and the classes nested in it. */
    private static DescribedPredicate<JavaClass> inClass(String name) {
        return nameMatching(Pattern.quote(name) + "(\\$.*)?").as(name).forSubtype();
    }
}
