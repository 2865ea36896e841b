package quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FontCatalogTest {
    private final FontCatalog debian = new FontCatalog(List.of("DejaVu Sans", "DejaVu Serif", "Charis SIL",
            "OpenDyslexic", "EB Garamond 12"));
    private final FontCatalog bare = new FontCatalog(List.of("DejaVu Sans"));

    @Test
    void rolesResolveToTheBestInstalledFace() {
        assertThat(debian.resolve("Serif")).isEqualTo("Charis SIL");
        assertThat(debian.resolve("Sans")).isEqualTo("DejaVu Sans");
        assertThat(debian.resolve("Dyslexic")).isEqualTo("OpenDyslexic");
    }

    @Test
    void missingFamiliesFallBackToTheBookSerif() {
        assertThat(debian.resolve("Comic Neue")).isEqualTo("Charis SIL");
        assertThat(bare.resolve("Dyslexic")).as("no dyslexic face: the serif").isEqualTo("Serif");
        assertThat(bare.resolve("Serif")).isEqualTo("Serif");
        assertThat(debian.resolve("EB Garamond 12")).isEqualTo("EB Garamond 12");
    }

    @Test
    void thePanelOffersOnlyWhatIsThere() {
        assertThat(debian.choices()).extracting(FontCatalog.Choice::value)
                .startsWith("Serif", "Sans", "Dyslexic").contains("EB Garamond 12").doesNotContain("Georgia");
        assertThat(bare.choices()).extracting(FontCatalog.Choice::value).doesNotContain("Dyslexic");
        assertThat(debian.choices().get(2).label()).isEqualTo("Dyslexia-friendly (OpenDyslexic)");
    }
}
