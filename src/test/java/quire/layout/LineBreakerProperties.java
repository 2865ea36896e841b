package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import quire.testing.Gen;
import quire.testing.Property;
import quire.testing.Texts;

/**
 * The optimal breaker on generated paragraphs: exact text, lines within the measure, justified lines
 * exactly at it with even spaces, hyphen rules.
 */
class LineBreakerProperties {
    private static final TextMeasurer MEASURER = new FixedWidthMeasurer();
    private static final Hyphenator ENGLISH = HyphenationLibrary.load("en").orElseThrow();
    private static final String WORDS = "the hyphenation of paragraphs reverberating dangerously cigarette "
            + "\u201cCan\u2019t everything,\u201d well-known Spike\u2014Xander nightmares 2nd OK "
            + "https://example.com/a-long-address extraordinarily incomprehensibilities";

    record Paragraph(List<String> words, int width, boolean justify, boolean hyphenate) {
        String text() {
            return String.join(" ", words);
        }
    }

    private static Gen<String> word() {
        Gen<String> known = Gen.oneOf(WORDS.split(" "));
        Gen<String> letters = Texts.strings("abcdefghijklmnopqrstuvwxyz", 1, 14);
        return Gen.oneOf(known, known, letters);
    }

    @Test
    void linesCoverTheTextAndStayInsideTheMeasureOutsideTheEmergencyPass() {
        Gen<Paragraph> paragraphs = Gen.zip(Gen.lists(word(), 1, 120), Gen.ints(40, 700), Gen.booleans(),
                Gen.booleans(), Paragraph::new);
        Property.forAll("linesCoverTheTextAndStayInsideTheMeasure", 300, paragraphs, LineBreakerProperties::check);
    }

    private static void check(Paragraph p) {
        String text = p.text();
        LeafBlock block = new LeafBlock(0, LeafBlock.Kind.PARAGRAPH, text,
                List.of(new LeafBlock.StyleRange(0, text.length(), false, false, false)), 0, 0, "", true);
        Typography type = new Typography("Serif", 10, 1.5, Typography.ParagraphStyle.SPACED, p.justify(),
                p.hyphenate(), false);
        LineBreaker breaker = new LineBreaker(MEASURER, type, p.width(), 0, () -> ENGLISH,
                LineBreaker.Strategy.OPTIMAL);
        List<Line> lines = breaker.lines(block, null);
        StringBuilder joined = new StringBuilder();
        int hyphensInARow = 0;
        boolean overfull = false;
        for (Line line : lines) {
            joined.append(text, line.start(), line.end());
            hyphensInARow = line.hyphenated() ? hyphensInARow + 1 : 0;
            assertThat(hyphensInARow).as("at most two hyphenated lines in a row")
                    .isLessThanOrEqualTo(KnuthPlass.MAX_HYPHENS_IN_A_ROW);
            for (Run run : line.runs()) {
                assertThat(run.scale()).as("glyph expansion within its limits")
                        .isBetween(1 - GlyphExpansion.MAX_SHRINK - 1e-9, 1 + GlyphExpansion.MAX_STRETCH + 1e-9);
                assertThat(run.tracking()).as("letter spacing within its limits")
                        .isBetween(-LetterSpacing.MAX_TIGHTER_EM * 10 - 1e-9, LetterSpacing.MAX_EM * 10 + 1e-9);
                if (run.isTracked() || run.isExpanded()) {
                    assertThat(p.justify()).as("only justified text is letter-spaced or expanded").isTrue();
                    assertThat(LetterSpacing.gaps(run.text(), 0, run.text().length())).isEqualTo(run.text().length() - 1);
                }
            }
            double right = line.runs().isEmpty() ? 0 : rightEdge(line);
            overfull |= right > p.width() + 0.01;
            if (line.hyphenated()) {
                assertThat(p.hyphenate()).isTrue();
                int wordStart = text.lastIndexOf(' ', line.end()) + 1;
                int wordEnd = text.indexOf(' ', line.end());
                assertThat(WordHyphens.points(text, wordStart, wordEnd < 0 ? text.length() : wordEnd, ENGLISH))
                        .as("a hyphen only at a pattern point").contains(line.end());
            }
        }
        assertThat(joined.toString()).isEqualTo(text);
        if (p.justify()) {
            assertJustified(lines, p, breaker.tally().emergencies() == 0);
        }
        if (overfull) {
            assertThat(breaker.tally().emergencies()).as("a line over the measure is counted as an emergency")
                    .isPositive();
        }
    }

    /**
     * Every full line with a word space ends exactly at the measure; outside the emergency pass its
     * spaces stay within one and a half normal spaces and two thirds of one.
     */
    private static void assertJustified(List<Line> lines, Paragraph p, boolean withinTolerance) {
        for (Line line : lines.subList(0, lines.size() - 1)) {
            if (line.runs().size() < 2) {
                continue;
            }
            assertThat(rightEdge(line)).as("a full line ends at the measure: %s", line.drawnText())
                    .isCloseTo(p.width(), within(1e-6));
            if (!withinTolerance) {
                continue;
            }
            for (int r = 1; r < line.runs().size(); r++) {
                Run a = line.runs().get(r - 1);
                double space = line.runs().get(r).x() - (a.x() + a.width(MEASURER));
                assertThat(space / MEASURER.width(" ", a.font())).as("a word space, in normal spaces")
                        .isBetween(2.0 / 3 - 1e-9, 1.5 + 1e-9);
            }
        }
    }

    private static double rightEdge(Line line) {
        Run last = line.decorations().isEmpty() ? line.runs().get(line.runs().size() - 1)
                : line.decorations().get(line.decorations().size() - 1);
        return last.x() + last.width(MEASURER);
    }

    @Test
    void hyphenationPointsRespectTheMinimumsAndIgnoreCase() {
        Gen<String> words = Texts.strings("abcdefghijklmnopqrstuvwxyz", 1, 30);
        Property.forAll("hyphenationPointsRespectTheMinimums", 500, words, word -> {
            int[] points = ENGLISH.points(word);
            if (word.length() < 5) {
                assertThat(points).isEmpty();
            }
            int previous = 0;
            for (int point : points) {
                assertThat(point).isGreaterThan(previous).isBetween(ENGLISH.leftMin(), word.length() - ENGLISH.rightMin());
                previous = point;
            }
            String capitalised = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            assertThat(ENGLISH.points(capitalised)).containsExactly(points);
        });
    }
}
