package quire.epub;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import quire.story.Block;
import quire.story.Inline;

/**
 * The notes an author writes around a chapter, kept where they stand and set apart from the story as a
 * block quote headed by its label. AO3 writes a label paragraph ("Chapter Summary", "Chapter Notes",
 * "Chapter End Notes") followed by a {@code blockquote}; they are matched by that text, since converters
 * rename AO3's classes. FanFicFare writes {@code div.fff_chapter_notes}. AO3's "See the end of the
 * chapter for more notes" links are dropped: the notes they point to are shown where they are.
 */
final class SetApartNotes {
    private static final Set<String> LABELS = Set.of("summary", "notes", "chapter summary", "chapter notes",
            "chapter end notes", "end notes", "author's note", "author\u2019s note", "author's notes",
            "author\u2019s notes");
    private static final Pattern SEE_THE_END = Pattern.compile("(?i)see the end of the (chapter|work) for .{0,60}");

    private SetApartNotes() {
    }

    /**
     * Maps {@code children.get(i)} when it is a note, and returns the index of the last child it used;
     * -1 when it is not a note, for the caller to map as usual.
     */
    static int map(List<Node> children, int i, List<Block> out, int depth) {
        Element element = (Element) children.get(i);
        String tag = Markup.localName(element);
        if (element.hasClass("fff_chapter_notes")) {
            List<Block> inner = new ArrayList<>();
            XhtmlBlocks.container(element, inner, depth);
            if (!inner.isEmpty()) {
                out.add(new Block.BlockQuote(inner));
            }
            return i;
        }
        if (isEndLink(element)) {
            return i;
        }
        if (!tag.equals("p") || !LABELS.contains(label(shortText(element, 40)))) {
            return -1;
        }
        int next = nextElement(children, i);
        if (next < 0) {
            return -1;
        }
        Element following = (Element) children.get(next);
        if (Markup.localName(following).equals("blockquote")) {
            List<Block> inner = new ArrayList<>();
            inner.add(new Block.Paragraph(List.of(new Inline.Strong(List.of(new Inline.Text(element.text().strip()))))));
            XhtmlBlocks.container(following, inner, depth);
            out.add(new Block.BlockQuote(inner));
            return next;
        }
        // "Chapter Notes" with only a link to the end notes: both go, the notes come at the end.
        return isEndLink(following) ? next : -1;
    }

    /**
     * The element's text when it is at most {@code max} characters, else "": labels and links are short,
     * and a chapter's text is not worth gathering only to learn it is not one.
     */
    static String shortText(Element element, int max) {
        int[] budget = {max};
        if (!fits(element, budget, 0)) {
            return "";
        }
        return element.text();
    }

    private static boolean fits(Node node, int[] budget, int depth) {
        if (node instanceof TextNode text) {
            budget[0] -= text.getWholeText().strip().length();
            return budget[0] >= 0;
        }
        if (depth > 8 || node.childNodeSize() > 12) {
            return false;
        }
        for (Node child : node.childNodes()) {
            if (!fits(child, budget, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    static String label(String text) {
        return text.strip().replaceFirst(":$", "").strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isEndLink(Element element) {
        String tag = Markup.localName(element);
        return (tag.equals("div") || tag.equals("p")) && SEE_THE_END.matcher(shortText(element, 100).strip()).matches();
    }

    private static int nextElement(List<Node> children, int i) {
        for (int j = i + 1; j < children.size(); j++) {
            Node node = children.get(j);
            if (node instanceof Element) {
                return j;
            }
            if (node instanceof TextNode text && !text.isBlank()) {
                return -1;
            }
        }
        return -1;
    }
}
