package quire.ui;

import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import quire.settings.FontAndSpacing;
import quire.settings.ReadingSettings;

/**
 * The reader's current settings as one observable value, and the commands that change it (the keys
 * Ctrl+=, Ctrl+-, Ctrl+0 and T, and the settings panel). Views listen; the app saves on change.
 */
public final class SettingsModel {
    /** Text sizes the size keys step through, in pixels. */
    static final double[] SIZES = {10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 22, 24, 26, 28, 32, 36, 40, 44, 48};

    private final ReadOnlyObjectWrapper<ReadingSettings> settings = new ReadOnlyObjectWrapper<>(this, "settings");

    public SettingsModel(ReadingSettings initial) {
        settings.set(initial);
    }

    public ReadOnlyObjectProperty<ReadingSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public ReadingSettings get() {
        return settings.get();
    }

    public void update(UnaryOperator<ReadingSettings> change) {
        settings.set(change.apply(settings.get()));
    }

    public void biggerText() {
        double size = get().fontAndSpacing().fontSize();
        for (double step : SIZES) {
            if (step > size + 0.01) {
                update(s -> s.with(s.fontAndSpacing().withFontSize(step)));
                return;
            }
        }
    }

    public void smallerText() {
        double size = get().fontAndSpacing().fontSize();
        for (int i = SIZES.length - 1; i >= 0; i--) {
            double step = SIZES[i];
            if (step < size - 0.01) {
                update(s -> s.with(s.fontAndSpacing().withFontSize(step)));
                return;
            }
        }
    }

    public void defaultText() {
        update(s -> s.with(s.fontAndSpacing().withFontSize(FontAndSpacing.DEFAULT_FONT_SIZE)));
    }

    /** The theme after {@code shown} (the one on screen, which may be the system's). */
    public void nextTheme(quire.settings.Theme shown) {
        update(s -> s.with(s.appearance().withTheme(shown.next())));
    }
}
