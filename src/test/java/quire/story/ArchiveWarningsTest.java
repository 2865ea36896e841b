package quire.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveWarningsTest {
    @Test
    void choosingNotToWarnIsUnknownNeverNone() {
        assertThat(ArchiveWarnings.of(List.of("Creator Chose Not To Use Archive Warnings"))).isEqualTo(ArchiveWarnings.UNKNOWN);
        assertThat(ArchiveWarnings.of(List.of("Major Character Death", "Creator  Chose Not To Use Archive Warnings ")))
                .isEqualTo(ArchiveWarnings.UNKNOWN);
        assertThat(ArchiveWarnings.UNKNOWN.explanation()).startsWith("Unknown").doesNotContain("None");
    }

    @Test
    void noArchiveWarningsApplyIsNone() {
        assertThat(ArchiveWarnings.of(List.of("No Archive Warnings Apply"))).isEqualTo(ArchiveWarnings.NONE_APPLY);
        assertThat(ArchiveWarnings.NONE_APPLY.explanation()).startsWith("None");
    }

    @Test
    void otherWarningsAreListedAndNoWarningsAreNotGiven() {
        assertThat(ArchiveWarnings.of(List.of("Graphic Depictions Of Violence"))).isEqualTo(ArchiveWarnings.LISTED);
        assertThat(ArchiveWarnings.of(List.of("No Archive Warnings Apply", "Underage"))).isEqualTo(ArchiveWarnings.LISTED);
        assertThat(ArchiveWarnings.of(List.of())).isEqualTo(ArchiveWarnings.NOT_GIVEN);
        assertThat(ArchiveWarnings.LISTED.explanation()).isEmpty();
    }
}
