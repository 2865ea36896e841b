package quire.ui.command;

import static javafx.scene.input.KeyCode.*;
import static quire.ui.command.HelpRow.keys;
import static quire.ui.command.HelpRow.row;
import static quire.ui.command.HelpRow.words;
import static quire.ui.command.ReaderCommand.*;

import java.util.List;

/** The reading view's keys: pages, lines in Scroll mode, chapters, going to a page, text size and theme. */
final class ReadingKeys {
    static final FeatureKeys KEYS = new FeatureKeys("reading", List.of(
            Binding.of(NEXT_PAGE, Chord.key(RIGHT), Chord.key(PAGE_DOWN), Chord.key(SPACE)).quietly(Chord.key(KP_RIGHT)),
            // Down and Up turn a page, or move a line in Scroll mode
            Binding.of(NEXT_LINE, Chord.key(DOWN)).quietly(Chord.key(KP_DOWN)),
            Binding.of(PREVIOUS_PAGE, Chord.key(LEFT), Chord.key(PAGE_UP), Chord.shift(SPACE)).quietly(Chord.key(KP_LEFT)),
            Binding.of(PREVIOUS_LINE, Chord.key(UP)).quietly(Chord.key(KP_UP)),
            Binding.of(FIRST_PAGE, Chord.key(HOME), Chord.ctrl(HOME)),
            Binding.of(LAST_PAGE, Chord.key(END), Chord.ctrl(END)),
            Binding.of(GO_TO_PAGE, Chord.key(G)),
            Binding.of(CONTENTS, Chord.key(C)),
            Binding.of(NEXT_CHAPTER, Chord.ctrl(PAGE_DOWN)),
            Binding.of(PREVIOUS_CHAPTER, Chord.ctrl(PAGE_UP)),
            // "+" sits on different keys in different layouts: the typed character says what was meant
            Binding.of(BIGGER_TEXT, Chord.ctrl(EQUALS), Chord.ctrlTyped("+"))
                    .quietly(Chord.ctrl(PLUS), Chord.ctrl(ADD), Chord.ctrlTyped("=")),
            Binding.of(SMALLER_TEXT, Chord.ctrl(MINUS)).quietly(Chord.ctrl(SUBTRACT)),
            Binding.of(DEFAULT_TEXT, Chord.ctrl(DIGIT0)).quietly(Chord.ctrl(NUMPAD0)),
            Binding.of(NEXT_THEME, Chord.key(T))), List.of(
            row("Next page", keys(NEXT_PAGE, NEXT_LINE).and("click the right third, wheel down")),
            row("Previous page", keys(PREVIOUS_PAGE, PREVIOUS_LINE).and("click the left third, wheel up")),
            row("First / last page", keys(FIRST_PAGE), keys(LAST_PAGE)),
            row("Scroll mode: a line down / up", "in Scroll mode: a line down / up", keys(NEXT_LINE), keys(PREVIOUS_LINE)),
            row("Scroll mode: a screen down / up", "in Scroll mode: a screen less one line down / up",
                    keys(NEXT_PAGE).and("click the right third"), keys(PREVIOUS_PAGE).and("click the left third")),
            row("", "in Scroll mode: scroll smoothly", words("wheel, touchpad, the scroll bar at the right edge"))
                    .inReadmeOnly(),
            row("", "in Scroll mode: the story's start / end", keys(FIRST_PAGE), keys(LAST_PAGE)).inReadmeOnly(),
            row("Go to page", "go to page (a number, or a percentage like `50%`)", keys(GO_TO_PAGE)),
            row("Contents (chapters) / next, previous chapter",
                    "contents (every chapter with its page and length) / next, previous chapter",
                    keys(CONTENTS), keys(NEXT_CHAPTER, PREVIOUS_CHAPTER)),
            row("Bigger / smaller / default text", keys(BIGGER_TEXT), keys(SMALLER_TEXT), keys(DEFAULT_TEXT)),
            row("Next theme (Light, Sepia, Dark, Black)",
                    "next theme (Light, Sepia, Dark, Black), on the first screen too", keys(NEXT_THEME))));

    private ReadingKeys() {
    }
}
