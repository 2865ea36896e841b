package quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import quire.settings.Theme;
import quire.story.RatingLevel;

/** Every text colour in every theme is readable on the background it sits on. */
class ThemeContrastTest {
    private static double minimum(Theme theme) {
        return theme == Theme.BLACK ? 7.0 : 4.5;
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void textIsReadableOnPagesAndCards(Theme theme) {
        ThemePalette p = ThemePalette.of(theme);
        double min = minimum(theme);
        assertThat(Contrast.ratio(p.ink(), p.page())).as("ink on page").isGreaterThanOrEqualTo(min);
        assertThat(Contrast.ratio(p.muted(), p.page())).as("muted on page").isGreaterThanOrEqualTo(min);
        assertThat(Contrast.ratio(p.ink(), p.card())).as("ink on card").isGreaterThanOrEqualTo(min);
        assertThat(Contrast.ratio(p.muted(), p.card())).as("muted on card").isGreaterThanOrEqualTo(min);
        assertThat(Contrast.ratio(p.accentInk(), p.accent())).as("button text").isGreaterThanOrEqualTo(min);
        assertThat(Contrast.ratio(p.focus(), p.card())).as("focus ring is visible").isGreaterThanOrEqualTo(3.0);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void selectedAndFoundTextStaysReadableAndStandsOutFromThePage(Theme theme) {
        ThemePalette p = ThemePalette.of(theme);
        double min = minimum(theme);
        ThemePalette.Ranges r = p.ranges();
        for (String behind : new String[] {r.selection(), r.searchHit(), r.currentHit()}) {
            assertThat(Contrast.ratio(p.ink(), behind)).as("ink on %s", behind).isGreaterThanOrEqualTo(min);
            assertThat(Contrast.ratio(behind, p.page())).as("%s against the page", behind).isGreaterThanOrEqualTo(1.25);
        }
        assertThat(Contrast.ratio(r.currentHit(), r.searchHit())).as("the current match stands out from the others")
                .isGreaterThanOrEqualTo(1.2);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void highlightedTextStaysReadableAndEachColourStandsOut(Theme theme) {
        ThemePalette p = ThemePalette.of(theme);
        java.util.List<String> colours = p.ranges().highlights().all();
        for (String behind : colours) {
            assertThat(Contrast.ratio(p.ink(), behind)).as("ink on highlight %s", behind)
                    .isGreaterThanOrEqualTo(minimum(theme));
            assertThat(Contrast.ratio(behind, p.page())).as("highlight %s against the page", behind)
                    .isGreaterThanOrEqualTo(1.2);
        }
        assertThat(new java.util.HashSet<>(colours)).hasSize(4);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void theWordReadAloudStandsOutFromItsSentenceAndTheSentenceFromThePage(Theme theme) {
        ThemePalette p = ThemePalette.of(theme);
        ThemePalette.Ranges r = p.ranges();
        for (String behind : new String[] {r.spokenWord(), r.spokenSentence()}) {
            assertThat(Contrast.ratio(p.ink(), behind)).as("ink on %s", behind).isGreaterThanOrEqualTo(minimum(theme));
        }
        assertThat(Contrast.ratio(r.spokenWord(), r.spokenSentence())).as("word on its sentence")
                .isGreaterThanOrEqualTo(1.25);
        assertThat(Contrast.ratio(r.spokenSentence(), p.page())).as("sentence against the page")
                .isGreaterThanOrEqualTo(1.05);
    }

    @ParameterizedTest
    @EnumSource(RatingLevel.class)
    void ratingBadgesAreReadable(RatingLevel level) {
        String colour = ThemePalette.badgeColour(level);
        assertThat(Contrast.ratio(Contrast.readableOn(colour), colour)).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void contrastMatchesKnownValues() {
        assertThat(Contrast.ratio("#000000", "#ffffff")).isEqualTo(21.0);
        assertThat(Contrast.ratio("#777777", "#ffffff")).isBetween(4.47, 4.49);
        assertThat(Contrast.ratio("#ffffff", "#ffffff")).isEqualTo(1.0);
    }
}
