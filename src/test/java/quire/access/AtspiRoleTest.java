package quire.access;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.AccessibleRole;
import org.junit.jupiter.api.Test;

class AtspiRoleTest {
    @Test
    void controlsGetTheRolesOrcaKnowsThemBy() {
        assertThat(AtspiRole.of(AccessibleRole.BUTTON)).extracting(AtspiRole::number, AtspiRole::roleName)
                .containsExactly(43, "push button");
        assertThat(AtspiRole.of(AccessibleRole.CHECK_BOX).number()).isEqualTo(7);
        assertThat(AtspiRole.of(AccessibleRole.TOGGLE_BUTTON).number()).isEqualTo(62);
        assertThat(AtspiRole.of(AccessibleRole.SLIDER).number()).isEqualTo(51);
        assertThat(AtspiRole.of(AccessibleRole.TEXT_FIELD)).extracting(AtspiRole::number, AtspiRole::roleName)
                .containsExactly(79, "entry");
        assertThat(AtspiRole.of(AccessibleRole.LIST_VIEW).number()).isEqualTo(31);
        assertThat(AtspiRole.of(AccessibleRole.LIST_ITEM).number()).isEqualTo(32);
        assertThat(AtspiRole.of(AccessibleRole.COMBO_BOX).number()).isEqualTo(11);
    }

    @Test
    void aLabelIsALabelAndATextAreaIsText() {
        assertThat(AtspiRole.of(AccessibleRole.TEXT)).extracting(AtspiRole::number, AtspiRole::roleName)
                .containsExactly(29, "label");
        assertThat(AtspiRole.of(AccessibleRole.TEXT_AREA)).extracting(AtspiRole::number, AtspiRole::roleName)
                .containsExactly(61, "text");
    }

    @Test
    void layoutNodesAndUnknownRolesArePanels() {
        assertThat(AtspiRole.of(AccessibleRole.NODE)).isEqualTo(AtspiRole.PANEL);
        assertThat(AtspiRole.of(AccessibleRole.PARENT)).isEqualTo(AtspiRole.PANEL);
        assertThat(AtspiRole.of(null)).isEqualTo(AtspiRole.PANEL);
        assertThat(AtspiRole.PANEL.number()).isEqualTo(39);
    }

    @Test
    void everyJavaFxRoleHasOne() {
        for (AccessibleRole role : AccessibleRole.values()) {
            assertThat(AtspiRole.of(role)).as(role.name()).isNotNull();
        }
    }

    @Test
    void theInterfacesFollowTheRole() {
        assertThat(AtspiRole.of(AccessibleRole.BUTTON).isPressable()).isTrue();
        assertThat(AtspiRole.of(AccessibleRole.CHECK_BOX).isPressable()).isTrue();
        assertThat(AtspiRole.of(AccessibleRole.TEXT).isPressable()).isFalse();
        assertThat(AtspiRole.of(AccessibleRole.TEXT_AREA).hasText()).isTrue();
        assertThat(AtspiRole.of(AccessibleRole.TEXT_FIELD).hasText()).isTrue();
        assertThat(AtspiRole.of(AccessibleRole.BUTTON).hasText()).isFalse();
        assertThat(AtspiRole.of(AccessibleRole.SLIDER).hasValue()).isTrue();
        assertThat(AtspiRole.of(AccessibleRole.LIST_VIEW).hasValue()).isFalse();
    }
}
