package quire.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a hyphen off the last line of a page: the block is set again with no hyphen from that line's
 * start to the end of the word it splits. Its lines on earlier pages, already placed, stay as they are;
 * only the text from this page's first line on is set again, so the pages always join up exactly. The
 * new set may end the page on another hyphen (its lines fall differently); asked again for the same
 * page, the ban grows to cover every hyphen tried there. The packer asks at most
 * {@link PagePacker#MAX_HYPHEN_FIXES} times a page and, when no set keeps the hyphen off, puts the
 * paragraph back as it was first set.
 *
 * <p>A set with the ban may be looser than the first (it may even need the emergency pass): keeping a
 * word whole across a page turn is worth that, since half a word held over a page turn is what readers
 * complain of. Measured on a generated story at narrow pages ({@code PageEndHyphenTest}): page-end
 * hyphens 134 to 0, loose full lines 966 to 1,035, no line over the measure; refusing the sets that
 * need the emergency pass kept 14 of the hyphens to save 18 of those loose lines.
 */
final class PageEndRebreak implements PagePacker.PageEndHyphen {
    private final LineBreaker breaker;
    private final List<LeafBlock> blocks;
    /** The hyphens banned so far, per page: the block and where the page's part of it starts. */
    private final Map<PageOfBlock, LineBreaker.HyphenBan> bans = new HashMap<>();

    private record PageOfBlock(int block, int pageStart) {
    }

    PageEndRebreak(LineBreaker breaker, List<LeafBlock> blocks) {
        this.breaker = breaker;
        this.blocks = blocks;
    }

    @Override
    public List<Line> rebreak(Line lastOnPage, List<Line> placedBefore, int pageStart) {
        int index = lastOnPage.block();
        LeafBlock block = blocks.get(index);
        LeafBlock previous = index == 0 ? null : blocks.get(index - 1);
        String text = block.text();
        int wordEnd = lastOnPage.end();
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        LineBreaker.HyphenBan ban = bans.merge(new PageOfBlock(index, pageStart),
                new LineBreaker.HyphenBan(lastOnPage.start(), wordEnd),
                (was, now) -> new LineBreaker.HyphenBan(Math.min(was.from(), now.from()), Math.max(was.to(), now.to())));
        List<Line> tail = breaker.lines(block, previous, ban, pageStart);
        List<Line> again = new ArrayList<>(placedBefore);
        again.addAll(tail);
        return again;
    }
}
