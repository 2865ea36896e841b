package quire.marks;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;

/**
 * An export read back as a CommonMark reader sees it (Flexmark with its default, CommonMark options,
 * indented code included): the title, the paragraphs before the first mark, and each mark's heading,
 * quote and note as the text a renderer would show, escapes and character references undone, a line
 * break as "\n" and paragraphs apart by "\n\n". Anything but that shape (a heading, list, code, HTML,
 * emphasis or link made out of the reader's words) fails, naming what it found.
 */
final class MarkdownReadBack {
    record Read(String title, List<String> preamble, List<ReadMark> marks) {
    }

    record ReadMark(String heading, String quote, String note) {
    }

    private static final Parser COMMONMARK = Parser.builder(new MutableDataSet()).build();

    private MarkdownReadBack() {
    }

    static Read of(String markdown) {
        Node node = COMMONMARK.parse(markdown).getFirstChild();
        if (!(node instanceof Heading title) || title.getLevel() != 1) {
            throw new AssertionError("the export does not open with its title: " + describe(node));
        }
        List<String> preamble = new ArrayList<>();
        for (node = node.getNext(); node instanceof Paragraph; node = node.getNext()) {
            preamble.add(inlineText(node));
        }
        List<ReadMark> marks = new ArrayList<>();
        while (node != null) {
            if (!(node instanceof Heading heading) || heading.getLevel() != 2) {
                throw new AssertionError("expected a mark's heading, found " + describe(node));
            }
            node = node.getNext();
            if (!(node instanceof BlockQuote quote)) {
                throw new AssertionError("expected the quote of \"" + inlineText(heading) + "\", found " + describe(node));
            }
            List<String> note = new ArrayList<>();
            for (node = node.getNext(); node instanceof Paragraph; node = node.getNext()) {
                note.add(inlineText(node));
            }
            marks.add(new ReadMark(inlineText(heading), paragraphs(quote), String.join("\n\n", note)));
        }
        return new Read(inlineText(title), preamble, marks);
    }

    private static String paragraphs(BlockQuote quote) {
        List<String> texts = new ArrayList<>();
        for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof Paragraph)) {
                throw new AssertionError("a quote holds " + describe(child));
            }
            texts.add(inlineText(child));
        }
        return String.join("\n\n", texts);
    }

    private static String inlineText(Node block) {
        StringBuilder text = new StringBuilder();
        for (Node inline = block.getFirstChild(); inline != null; inline = inline.getNext()) {
            if (inline instanceof Text || inline instanceof HtmlEntity) {
                text.append(inline.getChars().unescape());
            } else if (inline instanceof SoftLineBreak || inline instanceof HardLineBreak) {
                text.append('\n');
            } else {
                throw new AssertionError("the words became " + describe(inline));
            }
        }
        return text.toString();
    }

    private static String describe(Node node) {
        return node == null ? "the end" : node.getClass().getSimpleName() + " \"" + node.getChars() + "\"";
    }
}
