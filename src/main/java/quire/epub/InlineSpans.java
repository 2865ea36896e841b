package quire.epub;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import quire.story.Inline;

/** The spans inside one paragraph-like element: see {@link XhtmlBlocks} for what each element becomes. */
final class InlineSpans {
    private static final Set<String> EMPHASIS = Set.of("em", "i", "cite", "dfn", "var");
    private static final Set<String> STRONG = Set.of("strong", "b");
    private static final Set<String> UNDERLINE = Set.of("u", "ins");
    private static final Set<String> STRIKETHROUGH = Set.of("s", "strike", "del");
    private static final Set<String> CODE = Set.of("code", "tt", "kbd", "samp");

    private InlineSpans() {
    }

    static List<Inline> of(Element element, int depth) {
        InlineRun run = new InlineRun();
        children(element, run, depth);
        return run.finish();
    }

    static void children(Element element, InlineRun run, int depth) {
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode text) {
                run.text(text.getWholeText());
            } else if (node instanceof Element child) {
                element(child, run, depth + 1);
            }
        }
    }

    /**
     * One element inside a paragraph. A block element met here (a {@code <p>} inside a {@code <td>}) keeps
     * its text, set off by line breaks.
     */
    static void element(Element element, InlineRun run, int depth) {
        String tag = Markup.localName(element);
        if (XhtmlBlocks.isSkipped(tag)) {
            return;
        }
        if (depth > XhtmlBlocks.MAX_DEPTH) {
            run.text(" " + element.text() + " ");
            return;
        }
        if (tag.equals("br") || tag.equals("hr") || tag.equals("img")) {
            if (tag.equals("img")) {
                run.word(element.attr("alt").strip());
            } else {
                run.hardBreak();
            }
            // An XHTML page read as XML may leave "<br>" open: what follows it is then inside it, and kept.
            children(element, run, depth);
        } else if (CODE.contains(tag)) {
            run.code(element.text());
        } else if (XhtmlBlocks.isBlock(tag)) {
            if (!run.isEmpty()) {
                run.hardBreak();
            }
            children(element, run, depth);
            run.hardBreak();
        } else {
            run.start(kindOf(tag, element));
            children(element, run, depth);
            run.end();
        }
    }

    private static InlineRun.Kind kindOf(String tag, Element element) {
        if (EMPHASIS.contains(tag)) {
            return InlineRun.Kind.EMPHASIS;
        }
        if (STRONG.contains(tag)) {
            return InlineRun.Kind.STRONG;
        }
        if (UNDERLINE.contains(tag)) {
            return InlineRun.Kind.UNDERLINE;
        }
        if (STRIKETHROUGH.contains(tag)) {
            return InlineRun.Kind.STRIKETHROUGH;
        }
        if (tag.equals("sup")) {
            return InlineRun.Kind.SUPERSCRIPT;
        }
        if (tag.equals("sub")) {
            return InlineRun.Kind.SUBSCRIPT;
        }
        if (tag.equals("a") && element.hasAttr("href")) {
            return InlineRun.Kind.LINK;
        }
        // span, small, font...: text only; their CSS is never read.
        return InlineRun.Kind.PLAIN;
    }
}
