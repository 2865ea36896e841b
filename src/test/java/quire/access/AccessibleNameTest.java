package quire.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How objects are named from what JavaFX gives their nodes (AccessibleName). */
class AccessibleNameTest {
    @Test
    void aButtonIsNamedByItsOwnWordsEvenWhenALabelPointsAtIt() {
        assertThat(new AccessibleName("Start reading", "Choose", "", "", "").of(AtspiRole.PUSH_BUTTON))
                .isEqualTo("Start reading");
    }

    @Test
    void aSliderWithNoTextOfItsOwnIsNamedByItsLabel() {
        assertThat(new AccessibleName("", "Size", "", "", "").of(AtspiRole.SLIDER)).isEqualTo("Size");
    }

    @Test
    void aListIsNamedByItsLabelThenByAnAccessibleTextSetOnIt() {
        assertThat(new AccessibleName("", "Marks", "", "", "").of(AtspiRole.LIST)).isEqualTo("Marks");
        assertThat(new AccessibleName("", "", "Chapters", "", "").of(AtspiRole.LIST)).isEqualTo("Chapters");
    }

    @Test
    void aFieldIsNeverNamedByWhatWasTypedInIt() {
        // JavaFX gives a field's typed words (or, while it is empty, its prompt) as its TEXT.
        assertThat(new AccessibleName("spike", "", "", "", "spike").of(AtspiRole.ENTRY)).isEmpty();
        assertThat(new AccessibleName("", "Go to page", "", "Page or percent", "12").of(AtspiRole.ENTRY))
                .isEqualTo("Go to page");
    }

    @Test
    void aFieldWithNoLabelIsNamedByItsAccessibleTextThenItsPrompt() {
        assertThat(new AccessibleName("", "", "Note", "Type a note", "").of(AtspiRole.TEXT)).isEqualTo("Note");
        assertThat(new AccessibleName("", "", "", "Search the story", "").of(AtspiRole.ENTRY))
                .isEqualTo("Search the story");
    }

    @Test
    void aDocumentWhoseAccessibleTextIsItsContentIsNotNamedByIt() {
        String page = "\u201cNow why would I need to settle,\u201d Xander asked casually.";
        assertThat(new AccessibleName(page, "", page, "", page).of(AtspiRole.TEXT)).isEmpty();
        assertThat(new AccessibleName(page, "Page 1 of 4", page, "", page).of(AtspiRole.TEXT)).isEqualTo("Page 1 of 4");
    }

    @Test
    void aComboBoxShowingNothingIsNamedByItsPrompt() {
        assertThat(new AccessibleName("", "", "", "Choose a voice", "").of(AtspiRole.COMBO_BOX))
                .isEqualTo("Choose a voice");
    }

    @Test
    void blankWordsNameNothing() {
        assertThat(new AccessibleName("  ", "\n", "", "", "").of(AtspiRole.LABEL)).isEmpty();
    }
}
