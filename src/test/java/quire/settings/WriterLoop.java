package quire.settings;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** A child process for the crash test: saves two alternating preferences as fast as it can, forever. */
public final class WriterLoop {
    static final Preferences FIRST = Preferences.DEFAULTS;
    static final Preferences SECOND = new Preferences(ReadingSettings.DEFAULTS
            .with(FontAndSpacing.DEFAULTS.withFontSize(31)).with(Appearance.DEFAULTS.withTheme(Theme.DARK)),
            new WindowPlacement(Optional.of(1.0), Optional.of(2.0), 999, 777, false));

    private WriterLoop() {
    }

    public static void main(String[] args) throws Exception {
        SettingsStore store = new SettingsStore(Path.of(args[0]), Clock.systemUTC());
        System.out.println("writing");
        System.out.flush();
        for (long i = 0; ; i++) {
            store.save(i % 2 == 0 ? SECOND : FIRST);
        }
    }
}
