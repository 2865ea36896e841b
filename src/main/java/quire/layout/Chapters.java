package quire.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import quire.place.Anchor;
import quire.story.ChapterLevel;

/**
 * The chapters of a prepared story, found by the rule in {@link quire.story.ChapterLevel} (top-level
 * headings of the highest level used more than once), as anchors into the leaf blocks the engine lays
 * out. Empty for a story that is not divided into chapters. Text before the first chapter (a preface,
 * the author's notes) belongs to no chapter.
 */
public final class Chapters {
    private final List<Chapter> chapters;

    private Chapters(List<Chapter> chapters) {
        this.chapters = List.copyOf(chapters);
    }

    public static Chapters of(PreparedStory story) {
        List<LeafBlock> headings = story.blocks().stream()
                .filter(b -> b.kind() == LeafBlock.Kind.HEADING && b.indentLevel() == 0).toList();
        int level = ChapterLevel.ofLevels(headings.stream().map(LeafBlock::headingLevel).toList()).orElse(0);
        List<Chapter> found = new ArrayList<>();
        for (LeafBlock heading : headings) {
            if (ChapterLevel.clamp(heading.headingLevel()) == level) {
                found.add(new Chapter(found.size() + 1, heading.text().strip(), new Anchor(heading.index(), 0)));
            }
        }
        return new Chapters(found);
    }

    public List<Chapter> list() {
        return chapters;
    }

    public boolean isEmpty() {
        return chapters.isEmpty();
    }

    /** The chapter holding {@code place}: the last one starting at or before it; none before the first. */
    public Optional<Chapter> at(Anchor place) {
        Chapter holding = null;
        for (Chapter chapter : chapters) {
            if (chapter.start().compareTo(place) > 0) {
                break;
            }
            holding = chapter;
        }
        return Optional.ofNullable(holding);
    }

    /** The first chapter starting after {@code place}. */
    public Optional<Chapter> after(Anchor place) {
        return chapters.stream().filter(c -> c.start().compareTo(place) > 0).findFirst();
    }

    /** Where the chapter after {@code chapter} starts, or empty for the last one. */
    public Optional<Anchor> endOf(Chapter chapter) {
        return chapter.number() < chapters.size() ? Optional.of(chapters.get(chapter.number()).start()) : Optional.empty();
    }

    /** Block indexes where a chapter starts, for the page packer. */
    java.util.Set<Integer> startBlocks() {
        java.util.Set<Integer> blocks = new java.util.HashSet<>();
        chapters.forEach(c -> blocks.add(c.start().block()));
        return blocks;
    }

}
