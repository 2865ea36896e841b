package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphicalDesktopTest {
    @Test
    void x11OrWaylandIsADesktop() {
        assertThat(GraphicalDesktop.available(Map.of("DISPLAY", ":0"), "Linux")).isTrue();
        assertThat(GraphicalDesktop.available(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux")).isTrue();
    }

    @Test
    void neitherOrEmptyIsNoDesktopOnLinuxAndOtherUnixes() {
        assertThat(GraphicalDesktop.available(Map.of(), "Linux")).isFalse();
        assertThat(GraphicalDesktop.available(Map.of("DISPLAY", "", "WAYLAND_DISPLAY", " "), "FreeBSD")).isFalse();
    }

    @Test
    void windowsAndMacAlwaysHaveOne() {
        assertThat(GraphicalDesktop.available(Map.of(), "Windows 11")).isTrue();
        assertThat(GraphicalDesktop.available(Map.of(), "Mac OS X")).isTrue();
    }

    @Test
    void theMessageIsOneLine() {
        assertThat(GraphicalDesktop.MISSING).startsWith("quire: ").doesNotContain("\n");
    }
}
