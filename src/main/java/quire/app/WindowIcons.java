package quire.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/**
 * Quire's book icon for the title bar and the task switcher, in the sizes desktops ask for. Drawn from
 * {@code src/dist/icon/quire.svg} (see {@code make-icons.sh} there), like the installers' icons.
 */
final class WindowIcons {
    private static final int[] SIZES = {32, 48, 256};

    private WindowIcons() {
    }

    static List<Image> load() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream png = WindowIcons.class.getResourceAsStream("icon-" + size + ".png")) {
                if (png != null) {
                    icons.add(new Image(png));
                }
            } catch (IOException unreadable) {
                // A window without its icon is still a window: nothing to tell the reader.
            }
        }
        return icons;
    }
}
