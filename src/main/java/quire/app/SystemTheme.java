package quire.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Asks the platform whether the reader prefers dark mode. JavaFX 21 has no API for it, so Quire asks
 * the desktop the way its own settings tools do: GNOME's color-scheme (or a ":dark" GTK theme) on Linux,
 * AppleInterfaceStyle on macOS, AppsUseLightTheme on Windows. Empty when the platform does not say.
 * Runs a short external command: call it off the UI thread.
 */
final class SystemTheme {
    private SystemTheme() {
    }

    static Optional<Boolean> prefersDark() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return run(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(out -> out.strip().equalsIgnoreCase("dark")).or(() -> Optional.of(false));
        }
        if (os.startsWith("windows")) {
            return run(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).flatMap(SystemTheme::windowsDark);
        }
        return linux(System.getenv());
    }

    static Optional<Boolean> linux(Map<String, String> env) {
        String gtkTheme = env.getOrDefault("GTK_THEME", "");
        if (gtkTheme.toLowerCase(Locale.ROOT).matches(".*[:-]dark.*")) {
            return Optional.of(true);
        }
        return run(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"))
                .flatMap(SystemTheme::gnomeDark);
    }

    static Optional<Boolean> gnomeDark(String output) {
        String value = output.strip().replace("'", "");
        return switch (value) {
            case "prefer-dark" -> Optional.of(true);
            case "prefer-light", "default" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    static Optional<Boolean> windowsDark(String output) {
        if (output.contains("0x0")) {
            return Optional.of(true);
        }
        return output.contains("0x1") ? Optional.of(false) : Optional.empty();
    }

    /** The command's output when it ran and succeeded within two seconds. */
    private static Optional<String> run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException notThere) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
