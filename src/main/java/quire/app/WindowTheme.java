package quire.app;

import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Parent;
import quire.settings.Theme;
import quire.ui.SettingsModel;
import quire.ui.ThemePalette;

/**
 * The window's theme: the reader's choice, or the desktop's light or dark for a reader who follows it.
 * The desktop is asked once, off the UI thread, and only for such a reader: the question starts a
 * process, which a start-up should not pay for when nobody needs the answer.
 */
final class WindowTheme {
    private final SettingsModel settings;
    private final Parent root;
    private volatile Optional<Boolean> systemPrefersDark = Optional.empty();
    private boolean systemAsked;

    WindowTheme(SettingsModel settings, Parent root) {
        this.settings = settings;
        this.root = root;
    }

    /** Styles the window in the theme on screen, with its palette and a {@code theme-NAME} style class. */
    void apply() {
        Theme theme = effective();
        root.setStyle(ThemePalette.of(theme).asStyle());
        root.getStyleClass().removeIf(c -> c.startsWith("theme-"));
        root.getStyleClass().add("theme-" + theme.name().toLowerCase(Locale.ROOT));
    }

    /** Asks the desktop for light or dark if the reader follows it and it has not been asked yet. */
    void askSystemIfFollowed() {
        if (systemAsked || !settings.get().appearance().followSystemTheme()) {
            return;
        }
        systemAsked = true;
        Thread probe = new Thread(() -> {
            Optional<Boolean> dark = SystemTheme.prefersDark();
            Platform.runLater(() -> {
                systemPrefersDark = dark;
                apply();
            });
        }, "quire-system-theme");
        probe.setDaemon(true);
        probe.start();
    }

    /** The theme on screen: the reader's, or the system's light or dark when they chose to follow it. */
    Theme effective() {
        if (settings.get().appearance().followSystemTheme() && systemPrefersDark.isPresent()) {
            return systemPrefersDark.get() ? Theme.DARK : Theme.LIGHT;
        }
        return settings.get().appearance().theme();
    }

    /** Whether the desktop has said whether it prefers dark (so following it means something). */
    boolean systemSays() {
        return systemPrefersDark.isPresent();
    }
}
