package quire.epub;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import quire.story.Block;
import quire.story.Inline;

/**
 * A simple table as rows: each row one paragraph, its cells in order. A cell that ends in a colon
 * ("Rating:") is a label and is followed by a space; other cells are set apart by a spaced bar.
 */
final class Tables {
    static final String CELL_GAP = " | ";

    private Tables() {
    }

    static void rows(Element table, List<Block> out, int depth) {
        boolean anyRow = false;
        for (Element row : table.getElementsByTag("tr")) {
            if (row.closest("table") != table) {
                continue;
            }
            anyRow = true;
            List<Inline> spans = new ArrayList<>();
            for (Element cell : row.children()) {
                String tag = Markup.localName(cell);
                if (!tag.equals("td") && !tag.equals("th")) {
                    continue;
                }
                List<Inline> cellSpans = InlineSpans.of(cell, depth + 1);
                if (cellSpans.isEmpty()) {
                    continue;
                }
                if (!spans.isEmpty()) {
                    spans.add(new Inline.Text(Inline.plainText(spans).endsWith(":") ? " " : CELL_GAP));
                }
                spans.addAll(tag.equals("th") ? List.of(new Inline.Strong(cellSpans)) : cellSpans);
            }
            XhtmlBlocks.paragraph(spans, out);
        }
        if (!anyRow) {
            XhtmlBlocks.container(table, out, depth);
        }
    }
}
