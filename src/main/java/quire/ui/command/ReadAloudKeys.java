package quire.ui.command;

import static javafx.scene.input.KeyCode.CLOSE_BRACKET;
import static javafx.scene.input.KeyCode.OPEN_BRACKET;
import static javafx.scene.input.KeyCode.R;
import static quire.ui.command.HelpRow.keys;
import static quire.ui.command.HelpRow.row;
import static quire.ui.command.ReaderCommand.ESCAPE;
import static quire.ui.command.ReaderCommand.FASTER_SPEECH;
import static quire.ui.command.ReaderCommand.READ_ALOUD;
import static quire.ui.command.ReaderCommand.SLOWER_SPEECH;

import java.util.List;
import java.util.Set;

/** Read aloud's keys; its speed keys work over a panel too ({@link #OVER_PANELS}). */
public final class ReadAloudKeys {
    /** No control in a panel uses them, and the voice reads on under a panel. */
    public static final Set<ReaderCommand> OVER_PANELS = Set.of(SLOWER_SPEECH, FASTER_SPEECH);

    static final FeatureKeys KEYS = new FeatureKeys("read aloud", List.of(
            Binding.of(READ_ALOUD, Chord.key(R)),
            Binding.of(SLOWER_SPEECH, Chord.ctrl(OPEN_BRACKET)),
            Binding.of(FASTER_SPEECH, Chord.ctrl(CLOSE_BRACKET))), List.of(
            row("Read aloud: start, pause and resume / stop", "read aloud from the first word of the page (or of "
                    + "the selection); again: pause, resume / stop", keys(READ_ALOUD), keys(ESCAPE)),
            row("Read aloud slower / faster", "read aloud slower / faster (80 to 450 words a minute)",
                    keys(SLOWER_SPEECH), keys(FASTER_SPEECH))));

    private ReadAloudKeys() {
    }
}
