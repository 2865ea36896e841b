package quire.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The reading fonts Quire offers. Three roles come first, each filled by the best face actually
 * installed: a book serif, a sans, and a dyslexia-friendly face (OpenDyslexic). Settings store the role
 * ("Serif", "Sans", "Dyslexic") or a family name; a family that is not installed falls back to the book
 * serif, so a settings file carried to another machine still opens cleanly.
 */
public final class FontCatalog {
    public static final String SERIF = "Serif";
    public static final String SANS = "Sans";
    public static final String DYSLEXIC = "Dyslexic";

    /** Best first. Charis SIL (Debian's fonts-sil-charis) is Charter's heir: built for reading on screens. */
    static final List<String> SERIF_FACES = List.of("Charis SIL", "Charter", "Georgia", "Literata", "EB Garamond",
            "EB Garamond 12", "Noto Serif", "DejaVu Serif", "Times New Roman");
    static final List<String> SANS_FACES = List.of("Segoe UI", "SF Pro Text", "Helvetica Neue", "Noto Sans",
            "Open Sans", "DejaVu Sans", "Arial");
    static final List<String> DYSLEXIC_FACES = List.of("OpenDyslexic", "OpenDyslexic3", "Lexend", "Comic Sans MS");

    private final Set<String> installed;

    public FontCatalog(List<String> installedFamilies) {
        this.installed = new LinkedHashSet<>(installedFamilies);
    }

    public static FontCatalog ofThisMachine() {
        return new FontCatalog(javafx.scene.text.Font.getFamilies());
    }

    /** The family to set text in for a stored choice. */
    public String resolve(String choice) {
        String key = choice == null ? SERIF : choice.strip();
        switch (key.toLowerCase(Locale.ROOT)) {
            case "sans", "sansserif", "sans-serif":
                return firstInstalled(SANS_FACES).orElse("SansSerif");
            case "dyslexic":
                return firstInstalled(DYSLEXIC_FACES).orElse(resolve(SERIF));
            case "serif":
                return firstInstalled(SERIF_FACES).orElse("Serif");
            default:
                return installed.contains(key) ? key : resolve(SERIF);
        }
    }

    /** What the settings panel lists: the three roles that exist here, then every installed family. */
    public List<Choice> choices() {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(SERIF, "Book serif (" + resolve(SERIF) + ")"));
        choices.add(new Choice(SANS, "Sans (" + resolve(SANS) + ")"));
        firstInstalled(DYSLEXIC_FACES).ifPresent(face -> choices.add(new Choice(DYSLEXIC, "Dyslexia-friendly (" + face + ")")));
        installed.stream().filter(Predicate.not(String::isBlank)).sorted(String.CASE_INSENSITIVE_ORDER)
                .forEach(family -> choices.add(new Choice(family, family)));
        return choices;
    }

    /** A stored value and what the reader sees for it. */
    public record Choice(String value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private java.util.Optional<String> firstInstalled(List<String> faces) {
        return faces.stream().filter(installed::contains).findFirst();
    }
}
