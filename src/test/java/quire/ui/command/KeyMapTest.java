package quire.ui.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static quire.ui.command.ReaderCommand.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class KeyMapTest {
    private static Optional<ReaderCommand> press(KeyCode code) {
        return Keys.MAP.commandFor(code, "", false, false, false);
    }

    private static Optional<ReaderCommand> shift(KeyCode code) {
        return Keys.MAP.commandFor(code, "", false, true, false);
    }

    private static Optional<ReaderCommand> ctrl(KeyCode code) {
        return Keys.MAP.commandFor(code, "", true, false, false);
    }

    @Test
    void theReadersKeysMeanWhatTheHelpSays() {
        assertThat(press(KeyCode.RIGHT)).contains(NEXT_PAGE);
        assertThat(press(KeyCode.PAGE_DOWN)).contains(NEXT_PAGE);
        assertThat(press(KeyCode.SPACE)).contains(NEXT_PAGE);
        assertThat(shift(KeyCode.SPACE)).contains(PREVIOUS_PAGE);
        assertThat(press(KeyCode.DOWN)).contains(NEXT_LINE);
        assertThat(press(KeyCode.KP_DOWN)).contains(NEXT_LINE);
        assertThat(press(KeyCode.HOME)).contains(FIRST_PAGE);
        assertThat(ctrl(KeyCode.END)).contains(LAST_PAGE);
        assertThat(ctrl(KeyCode.PAGE_DOWN)).contains(NEXT_CHAPTER);
        assertThat(ctrl(KeyCode.F)).contains(FIND);
        assertThat(Keys.MAP.commandFor(KeyCode.F, "", true, true, false)).contains(FIND_ALL);
        assertThat(press(KeyCode.F3)).contains(FIND_NEXT);
        assertThat(shift(KeyCode.F3)).contains(FIND_PREVIOUS);
        assertThat(press(KeyCode.SLASH)).contains(FIND);
        assertThat(shift(KeyCode.SLASH)).as("? on a US keyboard").contains(HELP);
        assertThat(ctrl(KeyCode.C)).contains(COPY);
        assertThat(ctrl(KeyCode.INSERT)).contains(COPY);
        assertThat(press(KeyCode.C)).contains(CONTENTS);
        assertThat(press(KeyCode.B)).contains(BOOKMARK);
        assertThat(ctrl(KeyCode.D)).contains(BOOKMARK);
        assertThat(press(KeyCode.BACK_SPACE)).contains(DELETE_MARK);
        assertThat(ctrl(KeyCode.ENTER)).contains(SAVE_NOTE);
        assertThat(press(KeyCode.ENTER)).contains(ACCEPT);
        assertThat(ctrl(KeyCode.OPEN_BRACKET)).contains(SLOWER_SPEECH);
        assertThat(ctrl(KeyCode.Q)).contains(QUIT);
        assertThat(press(KeyCode.F11)).contains(FULL_SCREEN);
        assertThat(press(KeyCode.Q)).isEmpty();
    }

    @Test
    void shiftWithAKeyThatHasNoShiftedMeaningDoesWhatTheKeyDoes() {
        assertThat(shift(KeyCode.B)).contains(BOOKMARK);
        assertThat(shift(KeyCode.RIGHT)).contains(NEXT_PAGE);
        assertThat(Keys.MAP.commandFor(KeyCode.EQUALS, "+", true, true, false)).as("Ctrl+Shift+= is Ctrl++")
                .contains(BIGGER_TEXT);
    }

    @Test
    void charactersThatMoveBetweenLayoutsAreKnownByWhatTheyType() {
        // On a German keyboard "?" is Shift+ß and "/" is Shift+7: the key codes mean nothing to Quire.
        assertThat(Keys.MAP.commandFor(KeyCode.DIGIT7, "/", false, true, false)).contains(FIND);
        assertThat(Keys.MAP.commandFor(KeyCode.UNDEFINED, "?", false, true, false)).contains(HELP);
        assertThat(Keys.MAP.commandFor(KeyCode.PLUS, "+", true, false, false)).contains(BIGGER_TEXT);
        assertThat(Keys.MAP.commandFor(KeyCode.UNDEFINED, "+", true, false, false)).contains(BIGGER_TEXT);
        assertThat(Keys.MAP.commandFor(KeyCode.UNDEFINED, "+", false, false, false)).as("+ without Ctrl").isEmpty();
    }

    @Test
    void altIsLeftToTheSystem() {
        assertThat(Keys.MAP.commandFor(KeyCode.RIGHT, "", false, false, true)).isEmpty();
        assertThat(Keys.MAP.commandFor(KeyCode.F, "f", true, false, true)).isEmpty();
    }

    @Test
    void everyCommandHasAKeyAndEveryKeyedCommandIsInTheHelpOrTheReadme() {
        assertThat(Keys.MAP.commands()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(ReaderCommand.class));
        Set<ReaderCommand> told = EnumSet.noneOf(ReaderCommand.class);
        Keys.MAP.rows().forEach(row -> row.groups().forEach(group -> told.addAll(group.commands())));
        assertThat(told).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(ReaderCommand.class));
    }

    @Test
    void aKeyGivenToTwoCommandsIsRefusedWhenTheMapIsMade() {
        FeatureKeys one = new FeatureKeys("one", List.of(Binding.of(BOOKMARK, Chord.key(KeyCode.B))), List.of());
        FeatureKeys two = new FeatureKeys("two", List.of(Binding.of(HIGHLIGHT, Chord.key(KeyCode.H))
                .quietly(Chord.key(KeyCode.B))), List.of());
        assertThatThrownBy(() -> new KeyMap(List.of(one, two))).hasMessageContaining("B is bound to both BOOKMARK and HIGHLIGHT");
        assertThatThrownBy(() -> new KeyMap(List.of(one, one))).hasMessageContaining("BOOKMARK is declared twice");
    }

    @Test
    void theHelpNamesKeysTheWayTheyArePrinted() {
        assertThat(Keys.MAP.keysOf(BIGGER_TEXT)).isEqualTo("Ctrl+=, Ctrl++");
        assertThat(Keys.MAP.keysOf(FIND_ALL)).isEqualTo("Ctrl+Shift+F");
        assertThat(Keys.MAP.keysOf(PREVIOUS_PAGE)).isEqualTo("Left, Page Up, Shift+Space");
        assertThat(Keys.MAP.keysOf(DELETE_MARK)).isEqualTo("Delete, Backspace");
        assertThat(Keys.MAP.keysOf(ESCAPE)).isEqualTo("Esc");
        assertThat(Keys.MAP.keysOf(HELP)).isEqualTo("?, F1");
        HelpRow note = Keys.MAP.rows().stream().filter(row -> row.action().startsWith("Note on")).findFirst().orElseThrow();
        assertThat(Keys.MAP.keysText(note)).isEqualTo("N / Ctrl+Enter saves / Esc cancels");
        HelpRow next = Keys.MAP.helpRows().get(0);
        assertThat(next.action()).as("the help's first row").isEqualTo("Next page");
        assertThat(Keys.MAP.keysText(next)).isEqualTo("Right, Page Down, Space, Down, click the right third, wheel down");
    }

    @Test
    void theHelpLeavesOutWhatOnlyTheReadmeHasRoomFor() {
        assertThat(Keys.MAP.helpRows()).hasSizeLessThan(Keys.MAP.rows().size())
                .noneMatch(row -> row.shown() == HelpRow.Shown.README_ONLY)
                .allMatch(row -> !row.action().isBlank());
    }
}
