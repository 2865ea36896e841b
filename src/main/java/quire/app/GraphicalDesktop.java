package quire.app;

import java.util.Locale;
import java.util.Map;

/**
 * Whether a window can be opened at all. On Linux and other Unixes a desktop session sets DISPLAY (X11)
 * or WAYLAND_DISPLAY; without either, JavaFX would fail deep in its toolkit with a stack trace, so Quire
 * says so in one line instead. Windows and macOS always have their desktop.
 */
final class GraphicalDesktop {
    static final int UNAVAILABLE = 1;
    static final String MISSING = "quire: Quire needs a graphical desktop to show its window, and neither"
            + " DISPLAY nor WAYLAND_DISPLAY is set";

    private GraphicalDesktop() {
    }

    static boolean available(Map<String, String> env, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        return isSet(env.get("DISPLAY")) || isSet(env.get("WAYLAND_DISPLAY"));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
