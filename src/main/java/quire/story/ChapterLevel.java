package quire.story;

import java.util.List;
import java.util.Optional;

/**
 * Which headings are chapters: the story's top-level headings (not those inside a quote or a list) of
 * the highest level that occurs more than once. A level used once is a title, not a chapter: a story
 * with one "# Lanterns" and then "## Chapter 1", "## Chapter 2" has chapters at level 2; a story with a
 * single heading has none.
 */
public final class ChapterLevel {
    private ChapterLevel() {
    }

    /** The chapter heading level of {@code blocks}, a story's top-level blocks, if it has chapters. */
    public static Optional<Integer> of(List<Block> blocks) {
        return ofLevels(blocks.stream().filter(b -> b instanceof Block.Heading).map(b -> ((Block.Heading) b).level()).toList());
    }

    /** The chapter level among the levels of a story's top-level headings, in any order. */
    public static Optional<Integer> ofLevels(List<Integer> headingLevels) {
        int[] counts = new int[7];
        headingLevels.forEach(level -> counts[clamp(level)]++);
        for (int level = 1; level <= 6; level++) {
            if (counts[level] > 1) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** Heading levels beyond 1 to 6 count as the nearest of them. */
    public static int clamp(int level) {
        return Math.max(1, Math.min(6, level));
    }

    /** How many chapters the story has (0 when it is not divided into chapters). */
    public static int count(List<Block> blocks) {
        return of(blocks).map(level -> (int) blocks.stream()
                .filter(b -> b instanceof Block.Heading h && clamp(h.level()) == level)
                .count()).orElse(0);
    }
}
