package quire.layout;

import java.util.ArrayList;
import java.util.List;
import quire.story.Story;

/**
 * The engine's entry point. Paginating is pure: the same story, spec and measurer always give the
 * same pages, which is what makes "page X of Y" stable.
 */
public final class Paginator {
    private Paginator() {
    }

    public static Pagination paginate(Story story, PageSpec spec, TextMeasurer measurer) {
        return paginate(BlockFlattener.flatten(story), spec, measurer);
    }

    static Pagination paginate(List<LeafBlock> blocks, PageSpec spec, TextMeasurer measurer) {
        LineBreaker breaker = new LineBreaker(measurer, spec.typography(), spec.contentWidth());
        List<Line> lines = new ArrayList<>();
        LeafBlock previous = null;
        for (LeafBlock block : blocks) {
            lines.addAll(breaker.lines(block, previous));
            previous = block;
        }
        if (lines.isEmpty()) {
            LeafBlock empty = new LeafBlock(0, LeafBlock.Kind.PARAGRAPH, "",
                    List.of(new LeafBlock.StyleRange(0, 0, false, false, false)), 0, 0, "", true);
            lines.addAll(breaker.lines(empty, null));
        }
        return new Pagination(spec, PagePacker.pack(lines, spec.contentHeight()));
    }

    /** The text of every leaf block, in reading order: what anchors index into. */
    public static List<String> blockTexts(Story story) {
        return BlockFlattener.flatten(story).stream().map(LeafBlock::text).toList();
    }
}
