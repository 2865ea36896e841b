package quire.epub;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import quire.story.Block;
import quire.story.ImageData;
import quire.story.Inline;

/**
 * An (X)HTML page's body as Quire's blocks. Paragraphs, headings, quotes, lists and pre-formatted text
 * map to their kinds; {@code hr} and ornament paragraphs ("* * *") to scene breaks; {@code div},
 * {@code section} and their kin are containers; a table becomes one paragraph per row. Italic and bold
 * map to emphasis and strong, {@code u} and {@code ins} to underline, {@code s}, {@code strike} and
 * {@code del} to strike-through, {@code sup} and {@code sub} to superscript and subscript; a paragraph is
 * centred or right-aligned as {@link Alignments} reads it. An image stored in the book ({@link
 * StoredImages} pinned its picture to it) becomes a picture block, splitting the paragraph it sits in;
 * any other image becomes its alt text, and a link its text: nothing is ever fetched. Scripts, styles and other non-text elements are skipped.
 */
final class XhtmlBlocks {
    /** Deeper than any real page; past it an element's text is kept as one paragraph, not walked. */
    static final int MAX_DEPTH = 160;

    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "title", "template", "noscript",
            "svg", "math", "object", "embed", "iframe", "audio", "video", "canvas", "link", "meta", "button",
            "input", "select", "textarea", "rp", "map", "area", "source", "track", "param");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr",
            "ul", "ol", "li", "dl", "dt", "dd", "div", "section", "article", "main", "header", "footer", "aside",
            "nav", "figure", "figcaption", "body", "html", "center", "address", "pre", "table", "thead", "tbody",
            "tfoot", "tr", "td", "th", "caption", "details", "summary", "form", "fieldset", "legend", "hgroup",
            "colgroup", "menu", "dir", "listing", "xmp", "plaintext");
    private static final Set<String> PARAGRAPHS = Set.of("p", "dd", "figcaption", "caption", "address", "legend",
            "summary", "td", "th");

    private XhtmlBlocks() {
    }

    /** The blocks of {@code container}'s content. */
    static List<Block> of(Element container) {
        List<Block> out = new ArrayList<>();
        container(container, out, 0);
        return out;
    }

    static boolean isBlock(String tag) {
        return BLOCKS.contains(tag);
    }

    static boolean isSkipped(String tag) {
        return SKIPPED.contains(tag);
    }

    static void container(Element element, List<Block> out, int depth) {
        if (depth > MAX_DEPTH) {
            paragraph(List.of(new Inline.Text(element.text())), element, out);
            return;
        }
        InlineRun run = new InlineRun();
        List<Node> children = element.childNodes();
        for (int i = 0; i < children.size(); i++) {
            Node node = children.get(i);
            if (node instanceof TextNode text) {
                run.text(text.getWholeText());
            } else if (node instanceof Element child) {
                String tag = Markup.localName(child);
                Optional<ImageData> picture = StoredImages.of(child);
                if (picture.isPresent()) {
                    paragraph(run.finish(), element, out);
                    out.add(new Block.Image(StoredImages.altOf(child), picture.get()));
                    continue;
                }
                if (SKIPPED.contains(tag)) {
                    continue;
                }
                if (tag.equals("br") || tag.equals("img") && child.childNodeSize() > 0) {
                    InlineSpans.element(child, run, depth + 1);
                } else if (BLOCKS.contains(tag) || hasBlockInside(child, 0)) {
                    paragraph(run.finish(), element, out);
                    int last = SetApartNotes.map(children, i, out, depth + 1);
                    if (last >= 0) {
                        i = last;
                    } else {
                        block(child, tag, out, depth + 1);
                    }
                } else {
                    InlineSpans.element(child, run, depth + 1);
                }
            }
        }
        paragraph(run.finish(), element, out);
    }

    private static void block(Element element, String tag, List<Block> out, int depth) {
        if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
            List<Inline> spans = InlineSpans.of(element, depth);
            if (!Inline.plainText(spans).isBlank()) {
                out.add(new Block.Heading(tag.charAt(1) - '0', spans));
            }
        } else if (tag.equals("hr")) {
            out.add(new Block.SceneBreak(SceneBreaks.RULE));
            container(element, out, depth);
        } else if (tag.equals("blockquote")) {
            List<Block> inner = new ArrayList<>();
            container(element, inner, depth);
            if (!inner.isEmpty()) {
                out.add(new Block.BlockQuote(inner));
            }
        } else if (tag.equals("ul") || tag.equals("ol") || tag.equals("menu") || tag.equals("dir")) {
            Lists.of(element, tag.equals("ol"), out, depth);
        } else if (tag.equals("pre") || tag.equals("listing") || tag.equals("xmp") || tag.equals("plaintext")) {
            String text = element.wholeText();
            text = text.startsWith("\n") ? text.substring(1) : text;
            if (!text.isBlank()) {
                out.add(new Block.Preformatted(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text));
            }
        } else if (tag.equals("table")) {
            Tables.rows(element, out, depth);
        } else if (tag.equals("dt")) {
            List<Inline> spans = InlineSpans.of(element, depth);
            if (!spans.isEmpty()) {
                out.add(new Block.Paragraph(List.of(new Inline.Strong(spans))));
            }
        } else if (PARAGRAPHS.contains(tag) && !hasBlockInside(element, 0)) {
            paragraph(InlineSpans.of(element, depth), element, out);
        } else {
            container(element, out, depth);
        }
    }

    /** A paragraph of {@code spans}, or a scene break when that is all it says; nothing when it is empty. */
    static void paragraph(List<Inline> spans, List<Block> out) {
        paragraph(spans, Block.Alignment.NORMAL, out);
    }

    /** As {@link #paragraph(List, List)}, aligned as {@code from} (the element it was made from) says. */
    static void paragraph(List<Inline> spans, Element from, List<Block> out) {
        if (!spans.isEmpty()) {
            paragraph(spans, Alignments.of(from), out);
        }
    }

    private static void paragraph(List<Inline> spans, Block.Alignment alignment, List<Block> out) {
        String text = Inline.plainText(spans);
        if (text.isBlank() && !text.contains("\u00a0")) {
            return;
        }
        out.add(SceneBreaks.isMarker(text) ? new Block.SceneBreak(text.strip()) : new Block.Paragraph(spans, alignment));
    }

    /** True when a block element sits somewhere inside {@code element} (a {@code <div>} in a {@code <span>}). */
    static boolean hasBlockInside(Element element, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        for (Element child : element.children()) {
            String tag = Markup.localName(child);
            if (StoredImages.of(child).isPresent()) {
                return true;
            }
            if (!SKIPPED.contains(tag) && (BLOCKS.contains(tag) || hasBlockInside(child, depth + 1))) {
                return true;
            }
        }
        return false;
    }
}
