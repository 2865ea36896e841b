package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import quire.testing.Property;
import quire.testing.Texts;

class BreakOpportunitiesTest {
    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int to = BreakOpportunities.next(text.toCharArray(), from, text.length());
            pieces.add(text.substring(from, to));
            from = to;
        }
        return pieces;
    }

    @Test
    void apostrophesAndQuotesStayWithTheirWords() {
        assertThat(pieces("You\u2019re not \u2018Buffy,\u2019 she said."))
                .containsExactly("You\u2019re ", "not ", "\u2018Buffy,\u2019 ", "she ", "said.");
        assertThat(pieces("\u201cCan\u2019t get everything,\u201d he asked"))
                .containsExactly("\u201cCan\u2019t ", "get ", "everything,\u201d ", "he ", "asked");
    }

    @Test
    void dashesHyphensAndEllipsesBetweenWordsMayBreak() {
        assertThat(pieces("well-known soul\u2026it\u2019s and/or word\u2014word"))
                .containsExactly("well-", "known ", "soul\u2026", "it\u2019s ", "and/", "or ", "word\u2014", "word");
        assertThat(pieces("Character death...sort of")).containsExactly("Character ", "death...sort ", "of");
        assertThat(pieces("\u2014 no -- here")).containsExactly("\u2014 ", "no ", "-- ", "here");
    }

    @Test
    void spacesStayAtTheEndOfTheirPiece() {
        assertThat(pieces("a   b")).containsExactly("a   ", "b");
        assertThat(pieces("   lead")).containsExactly("   ", "lead");
    }

    @Test
    void ideographsBreakBetweenCharactersExceptBeforeClosingAndAfterOpeningMarks() {
        assertThat(pieces("\u6211\u4eec\u53bb\u3002\u300c\u597d\u300d"))
                .containsExactly("\u6211", "\u4eec", "\u53bb\u3002", "\u300c\u597d\u300d");
        assertThat(pieces("\u6211\u7231Java\u3002")).containsExactly("\u6211", "\u7231", "Java\u3002");
        assertThat(pieces("\u8a00\u3063\u305f")).containsExactly("\u8a00\u3063", "\u305f");
    }

    /** The rules applied at every character, with no shortcut for the inside of words: what {@code next} must equal. */
    private static int everyCharacter(String text, int from, int end) {
        for (int i = from + 1; i < end; i++) {
            char before = text.charAt(i - 1);
            char after = text.charAt(i);
            if (BreakOpportunities.isSpace(before) && !BreakOpportunities.isSpace(after)
                    || "-\u2010\u2013\u2014/\u2026".indexOf(before) >= 0 && i >= 2
                    && Character.isLetterOrDigit(text.charAt(i - 2)) && Character.isLetterOrDigit(after)
                    || BreakOpportunities.isIdeographicBreak(before, after)) {
                return i;
            }
        }
        return end;
    }

    @Test
    void theShortcutInsideWordsFindsTheSameBreaks() {
        String alphabet = "abcXYZ09 \u00e9\u00df\u0430-\u2014/\u2026\u2019\u201c\u201d.,\u6211\u4eec\u3002\u300c\u3063\u00a0\u2009";
        Property.forAll("theShortcutInsideWordsFindsTheSameBreaks", 400, Texts.strings(alphabet, 0, 40), text -> {
            for (int from = 0; from < text.length(); from++) {
                assertThat(BreakOpportunities.next(text.toCharArray(), from, text.length())).as("%s from %d", text, from)
                        .isEqualTo(everyCharacter(text, from, text.length()));
            }
        });
    }
}
