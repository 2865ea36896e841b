package quire.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RatingLevelTest {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "G|GENERAL", "PG|TEEN", "PG-13|TEEN", "R|MATURE", "NC-17|EXPLICIT",
            "K|GENERAL", "K+|TEEN", "T|TEEN", "M|MATURE", "MA|EXPLICIT", "E|EXPLICIT",
            "General Audiences|GENERAL", "Teen And Up Audiences|TEEN", "Mature|MATURE", "Explicit|EXPLICIT",
            "Not Rated|NOT_RATED", "Spicy|NOT_RATED",
            "R overall|MATURE", "pg-13 for language|TEEN", "[R]|MATURE", "nc17.|EXPLICIT", "  teen  |TEEN"})
    void authorsLabelsMapToLevels(String label, RatingLevel level) {
        assertThat(RatingLevel.of(Optional.of(label))).isEqualTo(level);
    }

    @Test
    void missingRatingIsNotRatedAndNeedsConsent() {
        assertThat(RatingLevel.of(Optional.empty())).isEqualTo(RatingLevel.NOT_RATED);
        assertThat(RatingLevel.NOT_RATED.needsConsent()).isTrue();
        assertThat(RatingLevel.MATURE.needsConsent()).isTrue();
        assertThat(RatingLevel.EXPLICIT.needsConsent()).isTrue();
        assertThat(RatingLevel.TEEN.needsConsent()).isFalse();
        assertThat(RatingLevel.GENERAL.needsConsent()).isFalse();
    }

    @Test
    void accessibleTextSaysTheLabelAndWhatItMeans() {
        assertThat(RatingLevel.accessibleText(Optional.of("R"))).isEqualTo("Rated R: mature content");
        assertThat(RatingLevel.accessibleText(Optional.empty())).isEqualTo("Not rated: no rating given");
    }

    @Test
    void everyLevelHasAWordAndASymbolNotJustAColour() {
        for (RatingLevel level : RatingLevel.values()) {
            assertThat(level.word()).isNotBlank();
            assertThat(level.symbol()).hasSize(1);
        }
    }
}
