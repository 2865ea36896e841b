package quire.ui.command;

import static javafx.scene.input.KeyCode.ENTER;
import static quire.ui.command.ReaderCommand.ACCEPT;
import static quire.ui.command.ReaderCommand.ESCAPE;
import static quire.ui.command.ReaderCommand.FULL_SCREEN;
import static quire.ui.command.ReaderCommand.OPEN_FILE;
import static quire.ui.command.ReaderCommand.QUIT;
import static quire.ui.command.HelpRow.keys;
import static quire.ui.command.HelpRow.row;

import java.util.List;
import javafx.scene.input.KeyCode;

/**
 * Quire's whole key map: each feature's keys, in the order the keyboard help and the README list them.
 * The keys shared by every screen are declared here: Enter and Esc (which each screen gives its own
 * meaning), opening a file, full screen and quit.
 */
public final class Keys {
    /** The first screen's Enter and Esc, which panels and lists use too. */
    static final FeatureKeys COMMON = new FeatureKeys("first screen",
            List.of(Binding.of(ACCEPT, Chord.key(ENTER)), Binding.of(ESCAPE, Chord.key(KeyCode.ESCAPE))),
            List.of(row("Start reading / leave (first screen)", keys(ACCEPT), keys(ESCAPE)).inReadmeOnly()));

    static final FeatureKeys WINDOW = new FeatureKeys("window",
            List.of(Binding.of(OPEN_FILE, Chord.ctrl(KeyCode.O)), Binding.of(FULL_SCREEN, Chord.key(KeyCode.F11)),
                    Binding.of(QUIT, Chord.ctrl(KeyCode.Q))),
            List.of(row("Open a story file (or drop one on the window)", keys(OPEN_FILE)),
                    row("Full screen", keys(FULL_SCREEN)), row("Quit", keys(QUIT))));

    public static final KeyMap MAP = new KeyMap(List.of(COMMON, ReadingKeys.KEYS, SearchKeys.KEYS,
            SelectionKeys.KEYS, MarkKeys.KEYS, ReadAloudKeys.KEYS, PanelKeys.KEYS, WINDOW));

    private Keys() {
    }
}
