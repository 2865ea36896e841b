package quire.layout;

import java.util.List;

/**
 * Keeps a hyphen off the last line of a page: the block is set again with no hyphen from that line's
 * start to the end of the word it splits. The new set is used only if it still starts a line where
 * the page starts, with as many lines before it as before (so earlier pages, already placed, still
 * join up with it exactly). One try per page: when the new set still ends the page on a hyphen (the
 * paragraph could not avoid one there without overfull lines), the page keeps it.
 */
final class PageEndRebreak implements PagePacker.PageEndHyphen {
    private final LineBreaker breaker;
    private final List<LeafBlock> blocks;

    PageEndRebreak(LineBreaker breaker, List<LeafBlock> blocks) {
        this.breaker = breaker;
        this.blocks = blocks;
    }

    @Override
    public List<Line> rebreak(Line lastOnPage, int pageStart, int linesBeforePage) {
        int index = lastOnPage.block();
        LeafBlock block = blocks.get(index);
        String text = block.text();
        int wordEnd = lastOnPage.end();
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        LineBreaker.HyphenBan ban = new LineBreaker.HyphenBan(lastOnPage.start(), wordEnd);
        List<Line> again = breaker.lines(block, index == 0 ? null : blocks.get(index - 1), ban);
        boolean joinsUp = linesBeforePage < again.size() && again.get(linesBeforePage).start() == pageStart;
        return joinsUp ? again : null;
    }
}
