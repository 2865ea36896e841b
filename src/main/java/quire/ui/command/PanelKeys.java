package quire.ui.command;

import static javafx.scene.input.KeyCode.F1;
import static javafx.scene.input.KeyCode.I;
import static javafx.scene.input.KeyCode.S;
import static javafx.scene.input.KeyCode.SLASH;
import static quire.ui.command.HelpRow.keys;
import static quire.ui.command.HelpRow.row;
import static quire.ui.command.ReaderCommand.ESCAPE;
import static quire.ui.command.ReaderCommand.HELP;
import static quire.ui.command.ReaderCommand.SETTINGS;
import static quire.ui.command.ReaderCommand.STORY_INFO;

import java.util.List;

/** The panels that open over the page and have a key of their own. "?" is Shift+/ on US keyboards. */
final class PanelKeys {
    static final FeatureKeys KEYS = new FeatureKeys("panels", List.of(
            Binding.of(STORY_INFO, Chord.key(I)),
            Binding.of(SETTINGS, Chord.key(S)),
            Binding.of(HELP, Chord.typed("?"), Chord.key(F1)).quietly(Chord.shift(SLASH))), List.of(
            row("Story info", "story info (the first screen's metadata, over the page, with your reading time and pace)",
                    keys(STORY_INFO)),
            row("Reading settings", keys(SETTINGS)),
            row("Keyboard help", keys(HELP)),
            row("Close a panel", keys(ESCAPE))));

    private PanelKeys() {
    }
}
