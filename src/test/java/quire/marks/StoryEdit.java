package quire.marks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quire.place.Anchor;
import quire.place.TextRange;

/**
 * One edit an author makes to a story under a reader's highlight, and what re-anchoring the highlight
 * must then give: the words' new place, nothing (the words are gone), or, where the edit cut into the
 * highlight's edge, either nothing or a place inside what the edit and the highlight covered together.
 * Everything is worked out on the story's paragraphs joined by a blank line, as {@link FlatText} joins
 * them, so an edit is a replacement of one stretch of that text.
 */
record StoryEdit(Kind kind, List<String> before, TextRange highlight, List<String> after, Expected expected) {

    enum Kind { TYPO_FIX, PARAGRAPH_INSERTED, PARAGRAPH_DELETED, WORD_CHANGED_INSIDE, PASSAGE_DELETED,
        PARAGRAPH_MOVED, QUOTES_STRAIGHTENED, QUOTES_CURLED }

    /** What a right answer is. */
    sealed interface Expected permits At, Gone, AtOrNowhereWithin, AnyOf {
    }

    /**
     * The edit could as well have been made a few characters over (deleting " can have whatever I"
     * from "“I can have whatever I want" gives the same text as deleting "I can have whatever "), and
     * the ways to see it disagree about the highlight: any of them is right.
     */
    record AnyOf(List<Expected> ways) implements Expected {
    }

    /** The highlight's words are here now. */
    record At(TextRange range) implements Expected {
    }

    /** The highlight's words are no longer in the story. */
    record Gone() implements Expected {
    }

    /** The edit cut into an edge of the highlight: not found, or found inside {@code hull}. */
    record AtOrNowhereWithin(TextRange hull) implements Expected {
    }

    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final String[] NEW_WORDS = {"lantern", "quietly", "ash", "November", "crooked", "whisper",
            "gravel", "Willow", "half-light", "the", "and", "Spike", "a", "of"};

    /**
     * The highlight of {@code words} words starting at word {@code firstWord} (both taken modulo what the
     * story has), reaching into the next paragraph when {@code across} and it can, then the edit.
     */
    static StoryEdit make(List<String> story, int firstWord, int words, boolean across, Kind kind, long editSeed) {
        // Curling needs straight quotes to curl: that story is the bundled one as a typewriter would have it.
        List<String> blocks = kind == Kind.QUOTES_CURLED ? story.stream().map(StoryEdit::straightened).toList() : story;
        String flat = String.join(FlatText.BETWEEN_BLOCKS, blocks);
        List<int[]> all = wordsOf(flat);
        int first = Math.floorMod(firstWord, all.size());
        int last = Math.min(all.size() - 1, first + words - 1);
        int start = all.get(first)[0];
        int end = all.get(last)[1];
        if (!across) {
            int paragraphEnd = flat.indexOf(FlatText.BETWEEN_BLOCKS, start);
            if (paragraphEnd >= 0 && end > paragraphEnd) {
                end = lastWordEndBefore(all, paragraphEnd, start);
            }
        }
        FlatText before = new FlatText(blocks);
        TextRange highlight = new TextRange(before.anchorAt(start), before.anchorAt(end));
        SplittableRandom random = new SplittableRandom(editSeed);
        Replacement edit = switch (kind) {
            case TYPO_FIX -> typo(flat, all, start, end, random);
            case PARAGRAPH_INSERTED -> paragraphInserted(flat, start, end, random);
            case PARAGRAPH_DELETED -> paragraphDeleted(flat, start, end, random);
            case WORD_CHANGED_INSIDE -> wordInside(flat, all, start, end, random);
            case PASSAGE_DELETED -> passageDeleted(flat, start, end, random);
            case PARAGRAPH_MOVED -> null;
            case QUOTES_STRAIGHTENED -> new Replacement(0, flat.length(), straightened(flat));
            case QUOTES_CURLED -> new Replacement(0, flat.length(), curled(flat));
        };
        if (kind == Kind.PARAGRAPH_MOVED) {
            return moved(blocks, flat, start, end, random, highlight);
        }
        String changed = flat.substring(0, edit.from()) + edit.with() + flat.substring(edit.to());
        List<String> afterBlocks = Arrays.asList(changed.split(FlatText.BETWEEN_BLOCKS, -1));
        boolean sameLength = kind == Kind.QUOTES_CURLED || kind == Kind.QUOTES_STRAIGHTENED;
        Expected expected = sameLength ? new At(rangeIn(afterBlocks, start, end)) : edit.mappedAnyWay(flat, start, end, afterBlocks);
        return new StoryEdit(kind, blocks, highlight, afterBlocks, expected);
    }

    /** Flat text {@code [from, to)} replaced by {@code with}. */
    private record Replacement(int from, int to, String with) {
        int delta() {
            return with.length() - (to - from);
        }

        /** What the edit means for the highlight, for each place it could equally have been made. */
        Expected mappedAnyWay(String flat, int start, int end, List<String> after) {
            List<Expected> ways = new ArrayList<>();
            for (Replacement same : equivalents(flat)) {
                Expected way = same.mapped(start, end, after);
                if (!ways.contains(way)) {
                    ways.add(way);
                }
            }
            return ways.size() == 1 ? ways.get(0) : new AnyOf(ways);
        }

        /** This edit slid as far as it goes either way without changing what it makes. */
        private List<Replacement> equivalents(String flat) {
            List<Replacement> same = new ArrayList<>(List.of(this));
            if (from < to && with.isEmpty()) {
                for (int a = from, b = to; a > 0 && flat.charAt(a - 1) == flat.charAt(b - 1); a--, b--) {
                    same.add(new Replacement(a - 1, b - 1, ""));
                }
                for (int a = from, b = to; b < flat.length() && flat.charAt(a) == flat.charAt(b); a++, b++) {
                    same.add(new Replacement(a + 1, b + 1, ""));
                }
            } else if (from == to && !with.isEmpty()) {
                String r = with;
                for (int p = from; p > 0 && flat.charAt(p - 1) == r.charAt(r.length() - 1); p--) {
                    r = r.charAt(r.length() - 1) + r.substring(0, r.length() - 1);
                    same.add(new Replacement(p - 1, p - 1, r));
                }
                r = with;
                for (int p = from; p < flat.length() && flat.charAt(p) == r.charAt(0); p++) {
                    r = r.substring(1) + flat.charAt(p);
                    same.add(new Replacement(p + 1, p + 1, r));
                }
            }
            return same;
        }

        Expected mapped(int start, int end, List<String> after) {
            if (to <= start) {
                return new At(rangeIn(after, start + delta(), end + delta()));
            }
            if (from >= end) {
                return new At(rangeIn(after, start, end));
            }
            if (from <= start && to >= end) {
                return new Gone();
            }
            if (from >= start && to <= end) {
                return new At(rangeIn(after, start, end + delta()));
            }
            return new AtOrNowhereWithin(rangeIn(after, Math.min(from, start), Math.max(from + with.length(), end + delta())));
        }
    }

    private static TextRange rangeIn(List<String> blocks, int start, int end) {
        FlatText flat = new FlatText(blocks);
        return new TextRange(flat.anchorAt(start), flat.anchorAt(end));
    }

    private static List<int[]> wordsOf(String flat) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(flat);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        return words;
    }

    private static int lastWordEndBefore(List<int[]> all, int limit, int start) {
        int end = start;
        for (int[] w : all) {
            if (w[0] >= start && w[1] <= limit) {
                end = w[1];
            }
        }
        return end;
    }

    /** A word near the highlight (or anywhere) with one letter changed, dropped or doubled, or a word put before it. */
    private static Replacement typo(String flat, List<int[]> all, int start, int end, SplittableRandom random) {
        int[] word = random.nextBoolean() ? all.get(random.nextInt(all.size())) : nearby(all, start, end, random);
        int at = word[0] + random.nextInt(word[1] - word[0]);
        return switch (random.nextInt(4)) {
            case 0 -> new Replacement(at, at + 1, "");
            case 1 -> new Replacement(at, at, String.valueOf(flat.charAt(at)));
            case 2 -> new Replacement(at, at + 1, flat.charAt(at) == 'e' ? "a" : "e");
            default -> new Replacement(word[0], word[0], NEW_WORDS[random.nextInt(NEW_WORDS.length)] + " ");
        };
    }

    private static int[] nearby(List<int[]> all, int start, int end, SplittableRandom random) {
        int index = 0;
        for (int i = 0; i < all.size(); i++) {
            if (random.nextBoolean() ? all.get(i)[1] <= start : all.get(i)[0] < end + 40) {
                index = i;
            }
        }
        return all.get(Math.max(0, Math.min(all.size() - 1, index + random.nextInt(3) - 1)));
    }

    private static Replacement paragraphInserted(String flat, int start, int end, SplittableRandom random) {
        List<Integer> starts = paragraphStarts(flat);
        int at = random.nextBoolean() ? starts.get(random.nextInt(starts.size())) : paragraphStartAtOrBefore(starts, start);
        return new Replacement(at, at, newParagraph(random) + FlatText.BETWEEN_BLOCKS);
    }

    private static Replacement paragraphDeleted(String flat, int start, int end, SplittableRandom random) {
        List<Integer> starts = paragraphStarts(flat);
        int index = random.nextInt(starts.size());
        int from = starts.get(index);
        int to = index + 1 < starts.size() ? starts.get(index + 1) : flat.length();
        if (index + 1 == starts.size() && index > 0) {
            from -= FlatText.BETWEEN_BLOCKS.length(); // the last paragraph goes with the blank line before it
        }
        return starts.size() > 1 ? new Replacement(from, to, "") : new Replacement(0, 0, "");
    }

    /** A word of the highlight replaced by another; a one-word highlight gets a typo before it instead. */
    private static Replacement wordInside(String flat, List<int[]> all, int start, int end, SplittableRandom random) {
        List<int[]> inside = all.stream().filter(w -> w[0] >= start && w[1] <= end).toList();
        if (inside.size() < 2) {
            return typo(flat, all, start, end, random);
        }
        int[] word = inside.get(random.nextInt(inside.size()));
        String old = flat.substring(word[0], word[1]);
        String replacement = NEW_WORDS[random.nextInt(NEW_WORDS.length)];
        return new Replacement(word[0], word[1], replacement.equals(old) ? replacement + "s" : replacement);
    }

    /** The highlight deleted, with up to a sentence's worth either side in its paragraph. */
    private static Replacement passageDeleted(String flat, int start, int end, SplittableRandom random) {
        int separator = flat.lastIndexOf(FlatText.BETWEEN_BLOCKS, start);
        int paragraphStart = separator < 0 ? 0 : separator + FlatText.BETWEEN_BLOCKS.length();
        int paragraphEnd = flat.indexOf(FlatText.BETWEEN_BLOCKS, end);
        paragraphEnd = paragraphEnd < 0 ? flat.length() : paragraphEnd;
        int from = Math.max(paragraphStart, start - random.nextInt(60));
        int to = Math.min(paragraphEnd, end + random.nextInt(60));
        return new Replacement(random.nextBoolean() ? start : from, random.nextBoolean() ? end : to, "");
    }

    private static StoryEdit moved(List<String> blocks, String flat, int start, int end, SplittableRandom random,
                                   TextRange highlight) {
        if (blocks.size() < 3) {
            return new StoryEdit(Kind.PARAGRAPH_MOVED, blocks, highlight, blocks, new At(highlight));
        }
        boolean own = highlight.start().block() == highlight.end().block() && random.nextBoolean();
        int from = own ? highlight.start().block() : random.nextInt(blocks.size());
        List<String> after = new ArrayList<>(blocks);
        String paragraph = after.remove(from);
        int to = random.nextInt(after.size() + 1);
        after.add(to, paragraph);
        int touchedFirst = highlight.start().block();
        int touchedLast = highlight.end().block();
        Expected expected;
        if (own) {
            expected = new At(new TextRange(new Anchor(to, highlight.start().offset()), new Anchor(to, highlight.end().offset())));
        } else if (from >= touchedFirst && from <= touchedLast) {
            expected = new AtOrNowhereWithin(new TextRange(Anchor.START, new Anchor(after.size() - 1, after.get(after.size() - 1).length())));
        } else {
            // Where the highlight's paragraphs went: they keep their order, shifted by the move.
            int shiftFirst = shifted(touchedFirst, from, to);
            int shiftLast = shifted(touchedLast, from, to);
            expected = shiftLast - shiftFirst == touchedLast - touchedFirst
                    ? new At(new TextRange(new Anchor(shiftFirst, highlight.start().offset()), new Anchor(shiftLast, highlight.end().offset())))
                    : new AtOrNowhereWithin(new TextRange(Anchor.START, new Anchor(after.size() - 1, after.get(after.size() - 1).length())));
        }
        return new StoryEdit(Kind.PARAGRAPH_MOVED, blocks, highlight, after, expected);
    }

    /** Where paragraph {@code index} is after paragraph {@code from} was taken out and put back at {@code to}. */
    private static int shifted(int index, int from, int to) {
        int without = index > from ? index - 1 : index;
        return without >= to ? without + 1 : without;
    }

    private static List<Integer> paragraphStarts(String flat) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int at = flat.indexOf(FlatText.BETWEEN_BLOCKS); at >= 0; at = flat.indexOf(FlatText.BETWEEN_BLOCKS, at + 2)) {
            starts.add(at + 2);
        }
        return starts;
    }

    private static int paragraphStartAtOrBefore(List<Integer> starts, int offset) {
        int found = 0;
        for (int s : starts) {
            if (s <= offset) {
                found = s;
            }
        }
        return found;
    }

    private static String newParagraph(SplittableRandom random) {
        StringBuilder p = new StringBuilder("The author added this later:");
        int words = 3 + random.nextInt(20);
        for (int i = 0; i < words; i++) {
            p.append(' ').append(NEW_WORDS[random.nextInt(NEW_WORDS.length)]);
        }
        return p.append('.').toString();
    }

    static String straightened(String text) {
        return text.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"');
    }

    /** Straight quotes curled the way a word processor does: opening after a space or a line's start. */
    static String curled(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean opening = i == 0 || Character.isWhitespace(text.charAt(i - 1));
            out.append(c == '"' ? (opening ? '\u201c' : '\u201d') : c == '\'' ? (opening ? '\u2018' : '\u2019') : c);
        }
        return out.toString();
    }
}
