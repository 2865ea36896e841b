package quire.layout;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Sets a stretch of paragraph text (no hard break inside) with {@link KnuthPlass}, in TeX's passes:
 * first without hyphens, which most paragraphs pass, so most words are never hyphenated or measured in
 * pieces; then with hyphens; both at a tolerance that keeps every word space within one and a half
 * normal spaces. Then, justified, a pass that may also space letters a little ({@link LetterSpacing})
 * and draw them a little wider or narrower ({@link GlyphExpansion}),
 * for the paragraphs whose word spaces cannot fill their lines. Then, for the paragraphs that cannot be
 * set so, an emergency pass that always sets and, with badness no longer capped, makes its loosest lines
 * as little loose as the text allows. Justified text has glue that stretches by half a space and shrinks by a third; ragged
 * text has fixed spaces and a stretchable right edge, so its lines are even rather than greedy.
 */
final class OptimalBreaker {
    static final double FIRST_TOLERANCE = 100;
    static final double SECOND_TOLERANCE = 100;
    /** Letter spacing fills what word spaces cannot: the lines stay within their (wider) flexibility. */
    static final double LETTER_SPACED_TOLERANCE = 100;
    static final int HYPHEN_PENALTY = 50;
    static final int DASH_PENALTY = 50;
    /** Breaking a word too long for any line between two of its letters, with no hyphen. */
    static final int LETTER_BREAK_PENALTY = 1000;
    static final double IDEOGRAPHIC_STRETCH_EM = 0.25;
    /** Ragged right: the right edge may fall short by about 3 ems before a line counts as loose. */
    static final double RAGGED_STRETCH_EM = 3;

    private final Supplier<Hyphenator> hyphenator;
    private final BreakTally tally;
    private final boolean letterSpacing;
    /**
     * The paragraph's items without and with hyphenation points, refilled for each paragraph: a long
     * story's count made them anew per paragraph, growing each array step by step, and that was a third
     * of everything it allocated. So a breaker is for one thread at a time.
     */
    private final ParagraphItems plainItems = new ParagraphItems();
    private final ParagraphItems hyphenatedItems = new ParagraphItems();
    /** The hyphenation points of the words this breaker has set. */
    private final HyphenMemo hyphens = new HyphenMemo();

    /**
     * @param hyphenator    the patterns, or null for none; asked for only when a paragraph needs hyphens
     * @param letterSpacing whether justified lines may space their letters when word spaces are not enough
     */
    OptimalBreaker(Supplier<Hyphenator> hyphenator, BreakTally tally, boolean letterSpacing) {
        this.hyphenator = hyphenator;
        this.tally = tally;
        this.letterSpacing = letterSpacing;
    }

    /** Forgets the hyphenation points kept of the words set so far (a count is done). */
    void forgetWords() {
        hyphens.clear();
    }

    /** How many words' hyphenation points are kept, for tests. */
    int wordsKept() {
        return hyphens.size();
    }

    void breakHardLine(BlockTypesetter s, int start, int end, boolean blockStart, LineBreaker.HyphenBan ban,
                       List<LineRange> out) {
        Set set = set(s, start, end, ban, s.available(blockStart), s.available(false));
        int lineStart = start;
        double hangStart = set.items().hangAtParagraphStart;
        for (KnuthPlass.Break b : set.breaks()) {
            int next = set.items().next[b.item()];
            boolean last = b.item() == set.items().size - 1;
            double hangEnd = last ? 0 : set.items().hangEnd[b.item()];
            out.add(new LineRange(lineStart, last ? end : next, b.flagged() && isHyphenPoint(s, next),
                    hangStart, hangEnd, set.letterSpaced()));
            lineStart = next;
            hangStart = set.items().hangStart[b.item()];
        }
    }

    /** The items a paragraph was set from and the breaks chosen among them. */
    private record Set(ParagraphItems items, List<KnuthPlass.Break> breaks, boolean letterSpaced) {
        Set(ParagraphItems items, List<KnuthPlass.Break> breaks) {
            this(items, breaks, false);
        }
    }

    private Set set(BlockTypesetter s, int start, int end, LineBreaker.HyphenBan ban, double first, double other) {
        boolean justify = s.justified;
        boolean spaceLetters = justify && letterSpacing;
        double ragged = justify ? 0 : RAGGED_STRETCH_EM * s.typography.fontSize();
        double runt = other / 6;
        double narrowest = Math.min(first, other);
        KnuthPlass.Pass strict = new KnuthPlass.Pass(FIRST_TOLERANCE, false);
        ParagraphItems plain = items(plainItems.reset(), s, start, end, narrowest, justify);
        List<KnuthPlass.Break> breaks = new KnuthPlass(plain, first, other, ragged, runt).run(strict);
        if (breaks != null) {
            tally.paragraph(BreakTally.PLAIN);
            return new Set(plain, breaks);
        }
        Hyphenator h = s.typography.hyphenate() ? hyphenator.get() : null;
        ParagraphItems hyphenated = h == null ? plain : hyphenated(hyphenatedItems.reset(), plain, s, h, ban);
        KnuthPlass breaker = new KnuthPlass(hyphenated, first, other, ragged, runt);
        if (hyphenated != plain) {
            breaks = breaker.run(new KnuthPlass.Pass(SECOND_TOLERANCE, false));
            if (breaks != null) {
                tally.paragraph(BreakTally.HYPHENATED);
                return new Set(hyphenated, breaks);
            }
        }
        if (spaceLetters) {
            breaks = breaker.run(new KnuthPlass.Pass(LETTER_SPACED_TOLERANCE, false, true, false));
            if (breaks != null) {
                tally.paragraph(BreakTally.LETTER_SPACED);
                return new Set(hyphenated, breaks, true);
            }
        }
        tally.paragraph(BreakTally.EMERGENCY);
        breaks = breaker.run(new KnuthPlass.Pass(Double.POSITIVE_INFINITY, true, spaceLetters, false));
        return new Set(hyphenated, breaks != null ? breaks
                : breaker.run(new KnuthPlass.Pass(Double.POSITIVE_INFINITY, true, spaceLetters, true)), spaceLetters);
    }

    /** A flagged break inside a word draws a hyphen; one after an explicit hyphen does not. */
    private static boolean isHyphenPoint(BlockTypesetter s, int next) {
        return next > 0 && Character.isLetter(s.chars[next - 1]);
    }

    /** The paragraph's items with each word whole: boxes, the glue of its spaces, and penalties after dashes. */
    private static ParagraphItems items(ParagraphItems items, BlockTypesetter s, int start, int end,
                                        double narrowest, boolean justify) {
        // A quote opening an indented first line stays inside the indent: it hangs at margins only.
        boolean indented = start == 0 && s.firstIndent > 0;
        items.hangAtParagraphStart = indented ? 0 : s.hangAtStart(start);
        char[] chars = s.chars;
        int pos = start;
        while (pos < end) {
            int segmentEnd = BreakOpportunities.next(chars, pos, end);
            int wordEnd = s.trimEnd(pos, segmentEnd);
            if (wordEnd > pos) {
                word(s, items, pos, wordEnd, narrowest);
            }
            if (segmentEnd >= end) {
                break;
            }
            if (wordEnd < segmentEnd) {
                double w = s.measure(wordEnd, segmentEnd);
                items.glue(w, justify ? w / 2 : 0, justify ? w / 3 : 0, segmentEnd);
            } else if (BreakOpportunities.isIdeographicBreak(chars[segmentEnd - 1], chars[segmentEnd])) {
                // Between ideographs: no space, but a little give, so lines of Chinese or Japanese can be set.
                items.glue(0, IDEOGRAPHIC_STRETCH_EM * s.typography.fontSize(), 0, segmentEnd);
            } else {
                char dash = chars[segmentEnd - 1];
                items.penalty(0, DASH_PENALTY, dash == '-' || dash == '\u2010', segmentEnd);
            }
            items.hangs(s.hangAtEnd(wordEnd, false), s.hangAtStart(segmentEnd));
            pos = segmentEnd;
        }
        items.penalty(0, -ParagraphItems.INFINITE, false, end);
        return items;
    }

    /** A word as one box, or as letters if no line holds it. */
    private static void word(BlockTypesetter s, ParagraphItems items, int from, int to, double narrowest) {
        double whole = s.measure(from, to);
        if (whole > narrowest) {
            letters(s, items, from, to);
            return;
        }
        boolean spaceable = s.isTracked(from, to);
        pieces(s, items, from, to, whole, spaceable, WordHyphens.NONE, LineBreaker.NO_BAN);
        items.wordBox(from, to, spaceable);
    }

    /**
     * The plain items again with each word that may take hyphens split at its hyphenation points: the
     * spaces, dashes and words' widths are the plain pass's, so only the pieces are measured.
     */
    private ParagraphItems hyphenated(ParagraphItems out, ParagraphItems plain, BlockTypesetter s,
                                      Hyphenator h, LineBreaker.HyphenBan ban) {
        out.hangAtParagraphStart = plain.hangAtParagraphStart;
        int word = 0;
        for (int i = 0; i < plain.size; i++) {
            if (word < plain.words && plain.wordItem[word] == i) {
                int from = plain.wordStart[word];
                int to = plain.wordEnd[word];
                boolean spaceable = plain.wordSpaceable[word];
                word++;
                int[] points = WordHyphens.points(s.chars, from, to, h, hyphens);
                if (points.length > 0) {
                    pieces(s, out, from, to, plain.width[i], spaceable, points, ban);
                    continue;
                }
            }
            out.copy(plain, i);
        }
        return out;
    }

    /** A word of width {@code whole} as pieces between the {@code points} the ban allows (one box for none). */
    private static void pieces(BlockTypesetter s, ParagraphItems items, int from, int to, double whole,
                               boolean spaceable, int[] points, LineBreaker.HyphenBan ban) {
        double track = spaceable ? LetterSpacing.MAX_EM * s.typography.fontSize() : 0;
        double tighten = spaceable ? LetterSpacing.MAX_TIGHTER_EM * s.typography.fontSize() : 0;
        double widen = spaceable && s.glyphExpansion ? GlyphExpansion.MAX_STRETCH : 0;
        double narrow = spaceable && s.glyphExpansion ? GlyphExpansion.MAX_SHRINK : 0;
        // Each piece counts only the letter gaps inside it (never more than a line can draw, broken or not),
        // and its glyphs' share of the word's expansion.
        double before = 0;
        int piece = from;
        for (int p : points) {
            if (ban.bans(p)) {
                continue;
            }
            double upTo = s.measure(from, p);
            double w = upTo - before;
            items.box(w, track * (p - piece - 1) + widen * w, tighten * (p - piece - 1) + narrow * w);
            double hyphen = s.hyphenWidth(p - 1);
            items.penalty(hyphen, HYPHEN_PENALTY, true, p);
            items.hangs(s.hangAtEnd(p, true), 0);
            before = upTo;
            piece = p;
        }
        int lastGaps = Math.max(0, to - piece - 1);
        double w = whole - before;
        items.box(w, track * lastGaps + widen * w, tighten * lastGaps + narrow * w);
    }

    private static void letters(BlockTypesetter s, ParagraphItems items, int from, int to) {
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(s.text.substring(from, to));
        int previous = from;
        for (int next = characters.next(); next != BreakIterator.DONE; next = characters.next()) {
            if (previous > from) {
                items.penalty(0, LETTER_BREAK_PENALTY, false, previous);
            }
            items.box(s.measure(previous, from + next));
            previous = from + next;
        }
    }
}
