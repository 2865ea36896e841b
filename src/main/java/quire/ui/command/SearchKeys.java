package quire.ui.command;

import static javafx.scene.input.KeyCode.*;
import static quire.ui.command.HelpRow.keys;
import static quire.ui.command.HelpRow.row;
import static quire.ui.command.ReaderCommand.*;
import static quire.ui.command.ReaderCommand.FIND;

import java.util.List;

/** Search's keys. In the search field, Enter and Shift+Enter go to the next and previous match too. */
public final class SearchKeys {
    /** Next match, from the search field (elsewhere Enter is {@link ReaderCommand#ACCEPT}). */
    public static final Chord NEXT_IN_FIELD = Chord.key(ENTER);
    public static final Chord PREVIOUS_IN_FIELD = Chord.shift(ENTER);

    static final FeatureKeys KEYS = new FeatureKeys("search", List.of(
            Binding.of(FIND, Chord.ctrl(F), Chord.key(SLASH)).quietly(Chord.key(DIVIDE), Chord.typed("/")),
            Binding.of(FIND_ALL, Chord.ctrlShift(F)),
            Binding.of(FIND_NEXT, Chord.key(F3)),
            Binding.of(FIND_PREVIOUS, Chord.shift(F3))), List.of(
            row("Search", "search the story (as you type; case, accents and the kind of quote, dash and ellipsis "
                    + "ignored: `can't` finds `can’t`)", keys(FIND)),
            row("Next / previous match (" + NEXT_IN_FIELD.name() + " in the search field)",
                    "next / previous match (" + NEXT_IN_FIELD.name() + " and " + PREVIOUS_IN_FIELD.name()
                            + " while searching)",
                    keys(FIND_NEXT).and(NEXT_IN_FIELD.name()), keys(FIND_PREVIOUS).and(PREVIOUS_IN_FIELD.name())),
            row("List every match", "list every match with its page", keys(FIND_ALL).and("\"All\" on the search bar"))));

    private SearchKeys() {
    }
}
