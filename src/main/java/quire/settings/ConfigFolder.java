package quire.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Quire keeps its files on each platform: {@code $XDG_CONFIG_HOME/quire} (default
 * {@code ~/.config/quire}) on Linux and other Unixes, {@code ~/Library/Application Support/Quire} on
 * macOS, {@code %APPDATA%\Quire} on Windows.
 */
public final class ConfigFolder {
    private ConfigFolder() {
    }

    public static Path forCurrentUser() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path resolve(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (isSet(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("Quire");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Quire");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
        Path base = isSet(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve("quire");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
