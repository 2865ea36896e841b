package quire.story;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * The one Flexmark adapter: Markdown text in, our {@link Block} records out. Flexmark's AST never
 * leaves this class. No typographic extension is loaded, so the author's quotes, dashes and ellipses
 * arrive exactly as typed. Raw HTML becomes literal text (comments are dropped), links and images keep
 * only their visible text, and nesting deeper than {@link #MAX_DEPTH} is kept as literal text so that
 * hostile input cannot exhaust the stack.
 */
final class MarkdownBody {
    static final int MAX_DEPTH = 24;
    private static final long PARSER_STACK_BYTES = 256L * 1024 * 1024;

    /**
     * Indented code blocks are off: in fiction an indented paragraph is prose (many .txt stories indent
     * every paragraph). Backtick fences still make code.
     */
    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.INDENTED_CODE_BLOCK_PARSER, false)).build();
    /** A line of three or more tildes: a fanfic scene break, though CommonMark would open a code fence. */
    private static final Pattern TILDE_RULE = Pattern.compile("(?m)^[ ]{0,3}(~[ ~]*~[ ~]*~[ ~]*)$");
    /** A short paragraph of symbols ("~*~", "~o~", "+++", "oOo", "xXx") is a scene break. */
    private static final Pattern ORNAMENT = Pattern.compile("[\\p{P}\\p{S} oOxX0]{3,24}");
    /** Characters that alone make a pause in the text ("...", "?!"), not a scene break. */
    private static final Pattern PAUSE = Pattern.compile("[.\u2026!?\\-\u2013\u2014\"'\u201c\u201d\u2018\u2019 ]+");
    private static final Pattern WORD = Pattern.compile("(?i)[ox]+");

    private MarkdownBody() {
    }

    /**
     * Parses on a thread with a roomy stack: Flexmark and java.util.regex recurse on some hostile
     * inputs (thousands of nested quotes, long runs of delimiters), and a deep stack turns those from
     * crashes into finished parses. A {@link StackOverflowError} that still happens is rethrown.
     */
    static List<Block> parse(String source) {
        // Escaping the first tilde keeps the line's characters and makes it a paragraph, i.e. an ornament.
        String markdown = TILDE_RULE.matcher(source).replaceAll("\\\\$1");
        AtomicReference<List<Block>> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                result.set(blocksOf(PARSER.parse(markdown), 0));
            } catch (RuntimeException | StackOverflowError e) {
                failure.set(e);
            }
        }, "quire-markdown", PARSER_STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the story", interrupted);
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        return result.get();
    }

    private static List<Block> blocksOf(Node parent, int depth) {
        List<Block> blocks = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            Block block = blockOf(node, depth);
            if (block != null) {
                blocks.add(block);
            }
        }
        return blocks;
    }

    /** The block for one node, or null for nodes that put nothing on screen (link definitions, comments). */
    private static Block blockOf(Node node, int depth) {
        if (depth > MAX_DEPTH) {
            return new Block.Preformatted(node.getChars().toString().stripTrailing());
        }
        if (node instanceof Paragraph) {
            List<Inline> spans = inlinesOf(node, depth);
            String text = Inline.plainText(spans);
            return isOrnament(text) ? new Block.SceneBreak(text.strip()) : new Block.Paragraph(spans);
        }
        if (node instanceof Heading heading) {
            List<Inline> spans = inlinesOf(node, depth);
            // "###" alone is an empty heading to Markdown, and a scene break to the author.
            return Inline.plainText(spans).isBlank()
                    ? new Block.SceneBreak(node.getChars().toString().strip())
                    : new Block.Heading(heading.getLevel(), spans);
        }
        if (node instanceof ThematicBreak) {
            return new Block.SceneBreak(node.getChars().toString().strip());
        }
        if (node instanceof BlockQuote) {
            return new Block.BlockQuote(blocksOf(node, depth + 1));
        }
        if (node instanceof BulletList || node instanceof OrderedList) {
            return listOf(node, depth);
        }
        if (node instanceof FencedCodeBlock fenced) {
            return new Block.Preformatted(stripFinalNewline(fenced.getContentChars().toString()));
        }
        if (node instanceof IndentedCodeBlock indented) {
            return new Block.Preformatted(stripFinalNewline(indented.getContentChars().toString()));
        }
        if (node instanceof HtmlCommentBlock || node instanceof Reference) {
            return null;
        }
        if (node instanceof HtmlBlock) {
            return new Block.Preformatted(stripFinalNewline(node.getChars().toString()));
        }
        // A node kind we do not model: keep its text rather than lose it.
        String text = node.getChars().toString().strip();
        return text.isEmpty() ? null : new Block.Paragraph(List.of(new Inline.Text(text)));
    }

    private static Block listOf(Node list, int depth) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                items.add(new Block.ListItem(blocksOf(item, depth + 1)));
            }
        }
        if (list instanceof OrderedList ordered) {
            return new Block.ListBlock(true, ordered.getStartNumber(), items);
        }
        return new Block.ListBlock(false, 1, items);
    }

    private static List<Inline> inlinesOf(Node parent, int depth) {
        InlineCollector collector = new InlineCollector();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            collector.addAll(inlineOf(node, depth));
        }
        return collector.spans();
    }

    private static List<Inline> inlineOf(Node node, int depth) {
        if (depth > MAX_DEPTH) {
            return List.of(new Inline.Text(node.getChars().toString()));
        }
        if (node instanceof Text || node instanceof HtmlEntity) {
            return List.of(new Inline.Text(node.getChars().unescape()));
        }
        if (node instanceof SoftLineBreak) {
            return List.of(new Inline.Text(" "));
        }
        if (node instanceof HardLineBreak) {
            return List.of(new Inline.HardBreak());
        }
        if (node instanceof StrongEmphasis) {
            return List.of(new Inline.Strong(inlinesOf(node, depth + 1)));
        }
        if (node instanceof Emphasis) {
            return List.of(new Inline.Emphasis(inlinesOf(node, depth + 1)));
        }
        if (node instanceof Code code) {
            return List.of(new Inline.Code(code.getText().toString()));
        }
        if (node instanceof HtmlInlineComment) {
            return List.of();
        }
        if (node instanceof HtmlInline) {
            return List.of(new Inline.Text(node.getChars().toString()));
        }
        if (node instanceof AutoLink || node instanceof MailLink) {
            String address = node.getChars().toString();
            if (address.startsWith("<") && address.endsWith(">")) {
                address = address.substring(1, address.length() - 1);
            }
            return List.of(new Inline.Link(List.of(new Inline.Text(address))));
        }
        if (node instanceof LinkRef ref && !ref.isDefined() || node instanceof ImageRef imageRef && !imageRef.isDefined()) {
            return undefinedReference(node, depth);
        }
        if (node instanceof Link || node instanceof LinkRef || node instanceof Image || node instanceof ImageRef) {
            return List.of(new Inline.Link(inlinesOf(node, depth + 1)));
        }
        if (node.hasChildren()) {
            return inlinesOf(node, depth + 1);
        }
        return List.of(new Inline.Text(node.getChars().toString()));
    }

    /** "[profile] name" with no link definition is plain text: the brackets stay, as the author wrote them. */
    private static List<Inline> undefinedReference(Node node, int depth) {
        BasedSequence chars = node.getChars();
        Node first = node.getFirstChild();
        Node last = node.getLastChild();
        if (first == null) {
            return List.of(new Inline.Text(chars.toString()));
        }
        List<Inline> spans = new ArrayList<>();
        spans.add(new Inline.Text(chars.baseSubSequence(chars.getStartOffset(), first.getStartOffset()).toString()));
        spans.addAll(inlinesOf(node, depth + 1));
        spans.add(new Inline.Text(chars.baseSubSequence(last.getEndOffset(), chars.getEndOffset()).toString()));
        return spans;
    }

    private static boolean isOrnament(String text) {
        String stripped = text.strip();
        return ORNAMENT.matcher(stripped).matches()
                && !PAUSE.matcher(stripped).matches()
                && (!WORD.matcher(stripped).matches() || stripped.matches("o0o|oOo|OoO|xXx|XxX"));
    }

    private static String stripFinalNewline(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
