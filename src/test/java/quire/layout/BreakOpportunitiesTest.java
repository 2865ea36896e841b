package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreakOpportunitiesTest {
    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int to = BreakOpportunities.next(text, from, text.length());
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
}
