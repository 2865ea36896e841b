package quire.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a hyphen off the last line of a page: the block is set again with no hyphen from that line's
 * start to the end of the word it splits. Its lines on earlier pages, already placed, stay as they are;
 * only the text from this page's first line on is set again, so the pages always join up exactly. The
 * new set may end the page on another hyphen (its lines fall differently); asked again for the same
 * page, the ban grows to cover both. The packer asks at most {@link PagePacker#MAX_HYPHEN_FIXES} times a
 * page; when every set still ends it on a hyphen (the paragraph could not avoid one there without
 * overfull lines), the page keeps it.
 */
final class PageEndRebreak implements PagePacker.PageEndHyphen {
    private final LineBreaker breaker;
    private final List<LeafBlock> blocks;
    /** The ban of the last call, and the block and page start it was for. */
    private LineBreaker.HyphenBan lastBan;
    private int lastBlock = -1;
    private int lastPageStart = -1;

    PageEndRebreak(LineBreaker breaker, List<LeafBlock> blocks) {
        this.breaker = breaker;
        this.blocks = blocks;
    }

    @Override
    public List<Line> rebreak(Line lastOnPage, List<Line> placedBefore, int pageStart) {
        int index = lastOnPage.block();
        LeafBlock block = blocks.get(index);
        String text = block.text();
        int wordEnd = lastOnPage.end();
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        LineBreaker.HyphenBan ban = new LineBreaker.HyphenBan(lastOnPage.start(), wordEnd);
        if (index == lastBlock && pageStart == lastPageStart) {
            ban = new LineBreaker.HyphenBan(Math.min(ban.from(), lastBan.from()), Math.max(ban.to(), lastBan.to()));
        }
        lastBan = ban;
        lastBlock = index;
        lastPageStart = pageStart;
        List<Line> again = new ArrayList<>(placedBefore);
        again.addAll(breaker.lines(block, index == 0 ? null : blocks.get(index - 1), ban, pageStart));
        return again;
    }
}
