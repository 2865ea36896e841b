package quire.marks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import quire.layout.PreparedStory;
import quire.layout.StoryGenerator;
import quire.place.TextRange;
import quire.story.StoryReader;
import quire.testing.Gen;
import quire.testing.Property;
import quire.text.CopyText;

/**
 * The re-anchoring harness: a random highlight of 1 to 30 words in the bundled story (or in a long
 * story made of its paragraphs repeated with small changes, where near-copies abound), one edit by
 * the author ({@link StoryEdit}), and what re-anchoring then gives, judged against where the words
 * really went. It must never be wrong: a highlight found is found exactly where its words are now
 * (with one word changed inside, over its whole new extent), and one whose words are gone is not
 * found. In the bundled story, a highlight with one word changed inside and a one-word highlight whose
 * word is still unique must also be found; in the story of near-copies declining is allowed, since
 * the changed words and an unchanged near-copy a page away may fit equally well. The tallies are
 * printed; {@code -Dquire.tries=50} runs 100,000 trials.
 */
class ReanchorProperties {
    static final int TRIES = 2_000;
    private static final List<String> BUNDLED = blocksOf(bundledStory());
    private static final List<String> REPEATED = PreparedStory.of(StoryGenerator.story(40_000)).blockTexts();

    enum Outcome { FOUND_RIGHT, NOT_FOUND_BUT_THERE, NOT_FOUND_GONE, WRONG }

    record Trial(boolean repeated, int firstWord, int words, boolean across, StoryEdit.Kind kind, long seed) {
    }

    private static final Gen<Trial> TRIALS = Gen.zip(
            Gen.zip(Gen.ints(0, 9), Gen.ints(0, 1_000_000), Gen.ints(1, 30), (story, first, words) -> new int[] {story, first, words}),
            Gen.ints(0, 9),
            Gen.oneOf(StoryEdit.Kind.values()),
            Gen.ints(0, Integer.MAX_VALUE),
            (picks, across, kind, seed) -> new Trial(picks[0] >= 7, picks[1], picks[2], across == 0, kind, seed));

    @Test
    void aHighlightIsFoundWhereItsWordsAreOrNotAtAll() {
        AtomicIntegerArray tally = new AtomicIntegerArray(Outcome.values().length);
        Map<StoryEdit.Kind, int[]> byKind = new EnumMap<>(StoryEdit.Kind.class);
        Property.forAll("reanchoring", TRIES, TRIALS, trial -> {
            StoryEdit edit = StoryEdit.make(trial.repeated() ? REPEATED : BUNDLED, trial.firstWord(), trial.words(),
                    trial.across(), trial.kind(), trial.seed());
            Outcome outcome = judge(edit);
            assertThat(outcome).as("%s: %s", edit.kind(), describe(edit)).isNotEqualTo(Outcome.WRONG);
            // In the story of near-copies, a changed highlight may honestly be either of two places.
            boolean realistic = !trial.repeated();
            if (realistic && edit.kind() == StoryEdit.Kind.WORD_CHANGED_INSIDE && edit.expected() instanceof StoryEdit.At
                    && hasContext(edit)) {
                assertThat(outcome).as("a word changed inside keeps the highlight: %s", describe(edit))
                        .isEqualTo(Outcome.FOUND_RIGHT);
            }
            if (realistic && isUniqueWord(edit)) {
                assertThat(outcome).as("a word still unique is found: %s", describe(edit)).isEqualTo(Outcome.FOUND_RIGHT);
            }
            tally.incrementAndGet(outcome.ordinal());
            byKind.computeIfAbsent(edit.kind(), k -> new int[Outcome.values().length])[outcome.ordinal()]++;
        });
        System.out.println("reanchoring: " + tally + " (found right, not found though there, not found as gone, wrong)");
        byKind.forEach((kind, counts) -> System.out.println("  " + kind + ": " + java.util.Arrays.toString(counts)));
        int trials = 0;
        for (int i = 0; i < tally.length(); i++) {
            trials += tally.get(i);
        }
        assertThat(tally.get(Outcome.FOUND_RIGHT.ordinal())).as("most highlights are found").isGreaterThan(trials * 8 / 10);
    }

    static Outcome judge(StoryEdit edit) {
        Highlight mark = new Highlight("h", edit.highlight(), TextQuote.of(edit.before(), edit.highlight()),
                MarkColour.YELLOW, "", true);
        Reanchor.Result result = new Reanchor(edit.after()).find(mark);
        return judge(edit.expected(), result);
    }

    private static Outcome judge(StoryEdit.Expected expectation, Reanchor.Result result) {
        boolean found = result.how() != Reanchor.How.NOT_FOUND;
        TextRange at = result.mark().range();
        if (expectation instanceof StoryEdit.AnyOf any) {
            List<Outcome> outcomes = any.ways().stream().map(way -> judge(way, result)).toList();
            return outcomes.stream().filter(o -> o != Outcome.WRONG).findFirst().orElse(Outcome.WRONG);
        }
        StoryEdit.Expected expected0 = expectation;
        if (expected0 instanceof StoryEdit.At expected) {
            return !found ? Outcome.NOT_FOUND_BUT_THERE : at.equals(expected.range()) ? Outcome.FOUND_RIGHT : Outcome.WRONG;
        }
        if (expected0 instanceof StoryEdit.AtOrNowhereWithin edge) {
            boolean inside = edge.hull().start().compareTo(at.start()) <= 0 && at.end().compareTo(edge.hull().end()) <= 0;
            return !found ? Outcome.NOT_FOUND_GONE : inside ? Outcome.FOUND_RIGHT : Outcome.WRONG;
        }
        return found ? Outcome.WRONG : Outcome.NOT_FOUND_GONE;
    }

    /**
     * The highlight has words around it in its paragraphs, and no copy of its old words with their
     * context on either side is left elsewhere: a whole paragraph highlighted ("Chapter 1") with a
     * word changed may as well be another paragraph much like it ("Chapter 2"), and when an unchanged
     * copy of the old words stands a page away, which of the two was marked cannot be told.
     */
    private static boolean hasContext(StoryEdit edit) {
        TextQuote quote = TextQuote.of(edit.before(), edit.highlight());
        String after = String.join("\n\n", edit.after());
        boolean copied = after.contains(quote.prefix() + quote.exact()) || after.contains(quote.exact() + quote.suffix());
        return quote.prefix().length() + quote.suffix().length() >= ContextBracket.REAL_CONTEXT && !copied;
    }

    /** A one-word highlight whose word occurs once before the edit and once after, still there. */
    private static boolean isUniqueWord(StoryEdit edit) {
        String word = CopyText.of(edit.before(), edit.highlight());
        if (!(edit.expected() instanceof StoryEdit.At) || word.contains(" ") || word.contains("\n")) {
            return false;
        }
        return occurrences(String.join("\n\n", edit.before()), word) == 1
                && occurrences(String.join("\n\n", edit.after()), word) == 1;
    }

    private static int occurrences(String text, String word) {
        Matcher m = Pattern.compile(Pattern.quote(word)).matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    private static String describe(StoryEdit edit) {
        String words = CopyText.of(edit.before(), edit.highlight());
        Highlight mark = new Highlight("h", edit.highlight(), TextQuote.of(edit.before(), edit.highlight()),
                MarkColour.YELLOW, "", true);
        Reanchor.Result result = new Reanchor(edit.after()).find(mark);
        return "highlight \u00ab" + words + "\u00bb at " + edit.highlight() + ", expected " + edit.expected()
                + " \u00ab" + (edit.expected() instanceof StoryEdit.At at ? CopyText.of(edit.after(), at.range()) : "")
                + "\u00bb, got " + result.how() + " at " + result.mark().range() + " \u00ab"
                + CopyText.of(edit.after(), result.mark().range()) + "\u00bb";
    }

    private static quire.story.Story bundledStory() {
        try (var in = ReanchorProperties.class.getResourceAsStream("/story/story.md")) {
            return new StoryReader().parse("story.md", in.readAllBytes());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> blocksOf(quire.story.Story story) {
        return PreparedStory.of(story).blockTexts();
    }
}
