package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SystemThemeTest {
    @Test
    void readsGnomeAndWindowsAnswers() {
        assertThat(SystemTheme.gnomeDark("'prefer-dark'\n")).hasValue(true);
        assertThat(SystemTheme.gnomeDark("'default'\n")).hasValue(false);
        assertThat(SystemTheme.gnomeDark("No such schema")).isEmpty();
        assertThat(SystemTheme.windowsDark("    AppsUseLightTheme    REG_DWORD    0x0")).hasValue(true);
        assertThat(SystemTheme.windowsDark("    AppsUseLightTheme    REG_DWORD    0x1")).hasValue(false);
    }

    @Test
    void aDarkGtkThemeCounts() {
        assertThat(SystemTheme.linux(Map.of("GTK_THEME", "Adwaita:dark"))).hasValue(true);
    }
}
