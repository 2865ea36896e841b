package quire.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.freedesktop.dbus.types.UInt32;
import org.junit.jupiter.api.Test;

class NodeFactsTest {
    private static NodeFacts button(boolean disabled, boolean focused) {
        return new NodeFacts(AtspiRole.PUSH_BUTTON, true, disabled, true, focused, false, null, false, false, null);
    }

    @Test
    void aShownFocusedButtonIsShowingEnabledFocusableAndFocused() {
        assertThat(button(false, true).states()).containsExactlyInAnyOrder(AtspiState.SHOWING, AtspiState.VISIBLE,
                AtspiState.ENABLED, AtspiState.SENSITIVE, AtspiState.FOCUSABLE, AtspiState.FOCUSED);
    }

    @Test
    void aDisabledButtonIsNeitherEnabledNorFocusable() {
        assertThat(button(true, false).states()).doesNotContain(AtspiState.ENABLED, AtspiState.SENSITIVE,
                AtspiState.FOCUSABLE);
    }

    @Test
    void aCheckBoxSaysWhetherItIsChecked() {
        NodeFacts ticked = new NodeFacts(AtspiRole.CHECK_BOX, true, false, true, false, false, true, false, false, null);
        NodeFacts clear = new NodeFacts(AtspiRole.CHECK_BOX, true, false, true, false, false, false, false, false, null);

        assertThat(ticked.states()).contains(AtspiState.CHECKABLE, AtspiState.CHECKED);
        assertThat(clear.states()).contains(AtspiState.CHECKABLE).doesNotContain(AtspiState.CHECKED);
    }

    @Test
    void aReadOnlyTextAreaIsMultiLineAndReadOnly() {
        NodeFacts page = new NodeFacts(AtspiRole.TEXT, true, false, false, false, false, null, false, false, null);

        assertThat(page.states()).contains(AtspiState.MULTI_LINE, AtspiState.READ_ONLY, AtspiState.SELECTABLE_TEXT)
                .doesNotContain(AtspiState.EDITABLE, AtspiState.FOCUSABLE);
    }

    @Test
    void theStatesGoOutAsTwoWordsLowFirst() {
        NodeFacts page = new NodeFacts(AtspiRole.TEXT, false, false, false, true, false, null, false, false, null);

        List<UInt32> words = AtspiState.words(page.states());

        // FOCUSED is bit 12 of the first word; READ_ONLY (43) is bit 11 of the second.
        assertThat(words.get(0).longValue() & (1L << 12)).isNotZero();
        assertThat(words.get(1).longValue()).isEqualTo((1L << (AtspiState.READ_ONLY.bit() - 32))
                | (1L << (AtspiState.SELECTABLE_TEXT.bit() - 32)));
    }
}
