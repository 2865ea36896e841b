package quire.ui.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FooterTextTest {
    @Test
    void aChapterIsNamedAndTimeIsCountedToItsEnd() {
        List<String> forms = new FooterText(Optional.of(3), 41, 41, 380, 12, 4, false).variants();
        assertThat(forms).containsExactly(
                "Ch. 3  \u00b7  Page 41 of 380  \u00b7  12%  \u00b7  4 min left in chapter",
                "Ch. 3  \u00b7  Page 41 of 380  \u00b7  4 min left in chapter",
                "Ch. 3  \u00b7  Page 41 of 380",
                "Page 41 of 380",
                "41/380");
    }

    @Test
    void withoutChaptersTheFooterIsAsBefore() {
        assertThat(new FooterText(Optional.empty(), 3, 4, 12, 25, 9, false).variants().get(0))
                .isEqualTo("Pages 3\u20134 of 12  \u00b7  25%  \u00b7  9 min left");
        assertThat(new FooterText(Optional.empty(), 12, 12, 12, 100, 0, true).variants().get(0))
                .isEqualTo("Page 12 of 12  \u00b7  100%  \u00b7  the end");
        assertThat(new FooterText(Optional.of(1), 1, 1, 2, 0, 1, false).variants().get(1))
                .isEqualTo("Ch. 1  \u00b7  Page 1 of 2  \u00b7  about a minute left in chapter");
    }

    @Test
    void theLongestFormThatFitsIsChosenAndNothingIsCutOff() {
        List<String> forms = new FooterText(Optional.of(3), 41, 41, 380, 12, 4, false).variants();
        // Seven pixels a character.
        for (int room : new int[] {400, 300, 200, 120, 60, 10}) {
            String chosen = FooterText.longestThatFits(forms, room, text -> text.length() * 7.0);
            assertThat(forms).contains(chosen);
            if (room >= 60) {
                assertThat(chosen.length() * 7.0).as("fits %d px", room).isLessThanOrEqualTo(room);
            }
            int index = forms.indexOf(chosen);
            if (index > 0) {
                assertThat(forms.get(index - 1).length() * 7.0).as("nothing longer fits").isGreaterThan(room);
            }
        }
        assertThat(FooterText.longestThatFits(forms, 10, text -> text.length() * 7.0)).isEqualTo("41/380");
    }

    @Test
    void scrollModeSaysWhereTheReadingLineIsWithoutPages() {
        assertThat(FooterText.inScrollMode(Optional.of(3), 38, 4, false)).containsExactly(
                "Ch. 3  \u00b7  38%  \u00b7  4 min left in chapter", "Ch. 3  \u00b7  38%", "38%");
        assertThat(FooterText.inScrollMode(Optional.empty(), 100, 0, true).get(0)).isEqualTo("100%  \u00b7  the end");
        assertThat(FooterText.inScrollMode(Optional.empty(), 10, 1, false).get(0)).isEqualTo("10%  \u00b7  about a minute left");
        assertThat(FooterText.longestThatFits(FooterText.inScrollMode(Optional.of(3), 38, 4, false), 120,
                text -> text.length() * 7.0)).isEqualTo("Ch. 3  \u00b7  38%");
    }
}
