package quire.epub;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import quire.story.Block;

/** A {@code ul} or {@code ol} as a list block: each {@code li} an item; stray text between items is an item too. */
final class Lists {
    private Lists() {
    }

    static void of(Element list, boolean ordered, List<Block> out, int depth) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Node node : list.childNodes()) {
            List<Block> blocks = new ArrayList<>();
            if (node instanceof Element child && !XhtmlBlocks.isSkipped(Markup.localName(child))) {
                if (Markup.localName(child).equals("li")) {
                    XhtmlBlocks.container(child, blocks, depth + 1);
                } else {
                    Element wrapper = new Element("div");
                    XhtmlBlocks.container(wrapper.appendChild(child.clone()), blocks, depth + 1);
                }
            } else if (node instanceof TextNode text && !text.isBlank()) {
                XhtmlBlocks.paragraph(List.of(new quire.story.Inline.Text(text.text().strip())), blocks);
            }
            if (!blocks.isEmpty()) {
                items.add(new Block.ListItem(blocks));
            }
        }
        if (!items.isEmpty()) {
            out.add(new Block.ListBlock(ordered, start(list), items));
        }
    }

    private static int start(Element list) {
        try {
            return list.hasAttr("start") ? Integer.parseInt(list.attr("start").strip()) : 1;
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
