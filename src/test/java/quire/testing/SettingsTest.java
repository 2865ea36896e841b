package quire.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SettingsTest {
    @Test
    void unsetOrBlankMeansTheFixedSeedAndTheWrittenTries() {
        assertThat(Settings.parse(null, null)).isEqualTo(new Settings(Settings.DEFAULT_SEED, 1));
        assertThat(Settings.parse("", " ")).isEqualTo(new Settings(Settings.DEFAULT_SEED, 1));
    }

    @Test
    void aNumberedSeedAndAMultiplier() {
        assertThat(Settings.parse("-123", "10")).isEqualTo(new Settings(-123, 10));
    }

    @Test
    void randomIsOneSeedForTheWholeRun() {
        assertThat(Settings.parse("random", null).seed()).isEqualTo(Settings.parse("RANDOM", null).seed());
    }

    @Test
    void nonsenseIsRefusedInWords() {
        assertThatThrownBy(() -> Settings.parse("soon", null)).hasMessageContaining("quire.seed must be");
        assertThatThrownBy(() -> Settings.parse(null, "0")).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> Settings.parse(null, "1.5")).hasMessageContaining("quire.tries must be");
    }
}
