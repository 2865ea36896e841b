package quire.epub;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import quire.story.Inline;

/**
 * The spans of one paragraph as they are met in the page, with HTML's insignificant white space
 * collapsed as a browser does: a run of spaces, tabs and line ends is one space, none at the start of
 * a line or at its end. A no-break space is a character like any other and is always kept.
 */
final class InlineRun {
    /** What an open element becomes once it is closed. */
    enum Kind { EMPHASIS, STRONG, UNDERLINE, STRIKETHROUGH, SUPERSCRIPT, SUBSCRIPT, LINK, PLAIN }

    private record Frame(Kind kind, List<Inline> spans, StringBuilder text) {
    }

    private final Deque<Frame> open = new ArrayDeque<>();
    private boolean pendingSpace;
    private boolean atLineStart = true;
    /** The last character written was a collapsed space: another may not follow it. */
    private boolean afterSpace;

    InlineRun() {
        open.push(new Frame(Kind.PLAIN, new ArrayList<>(), new StringBuilder()));
    }

    static boolean isHtmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** Text as it stands in the page, white space still to collapse. */
    void text(String raw) {
        StringBuilder out = open.peek().text();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isHtmlSpace(c)) {
                pendingSpace = !atLineStart && !afterSpace;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
                atLineStart = false;
                afterSpace = false;
            }
        }
    }

    /** Text that must not be collapsed (code, an image's alt text): kept whole, as one word. */
    void word(String exact) {
        if (exact.isEmpty()) {
            return;
        }
        if (pendingSpace) {
            open.peek().text().append(' ');
            pendingSpace = false;
        }
        open.peek().text().append(exact);
        atLineStart = false;
        afterSpace = false;
    }

    void code(String exact) {
        if (pendingSpace) {
            open.peek().text().append(' ');
            pendingSpace = false;
        }
        flushText(open.peek());
        open.peek().spans().add(new Inline.Code(exact));
        atLineStart = false;
        afterSpace = false;
    }

    void hardBreak() {
        pendingSpace = false;
        flushText(open.peek());
        open.peek().spans().add(new Inline.HardBreak());
        atLineStart = true;
        afterSpace = false;
    }

    /** Opens an element; a space owed before it stays outside it. */
    void start(Kind kind) {
        if (pendingSpace) {
            open.peek().text().append(' ');
            pendingSpace = false;
            afterSpace = true;
        }
        flushText(open.peek());
        open.push(new Frame(kind, new ArrayList<>(), new StringBuilder()));
    }

    void end() {
        if (open.size() == 1) {
            return;
        }
        Frame frame = open.pop();
        flushText(frame);
        if (frame.spans().isEmpty()) {
            return;
        }
        List<Inline> parent = open.peek().spans();
        switch (frame.kind()) {
            case EMPHASIS -> parent.add(new Inline.Emphasis(frame.spans()));
            case STRONG -> parent.add(new Inline.Strong(frame.spans()));
            case UNDERLINE -> parent.add(new Inline.Underline(frame.spans()));
            case STRIKETHROUGH -> parent.add(new Inline.Strikethrough(frame.spans()));
            case SUPERSCRIPT -> parent.add(new Inline.Superscript(frame.spans()));
            case SUBSCRIPT -> parent.add(new Inline.Subscript(frame.spans()));
            case LINK -> parent.add(new Inline.Link(frame.spans()));
            case PLAIN -> parent.addAll(frame.spans());
        }
    }

    boolean isEmpty() {
        return open.size() == 1 && open.peek().spans().isEmpty() && open.peek().text().length() == 0;
    }

    /** The spans so far, every open element closed; trailing breaks dropped. The run starts afresh. */
    List<Inline> finish() {
        while (open.size() > 1) {
            end();
        }
        Frame root = open.peek();
        flushText(root);
        List<Inline> spans = new ArrayList<>(root.spans());
        while (!spans.isEmpty() && spans.get(spans.size() - 1) instanceof Inline.HardBreak) {
            spans.remove(spans.size() - 1);
        }
        root.spans().clear();
        pendingSpace = false;
        atLineStart = true;
        afterSpace = false;
        return spans;
    }

    private static void flushText(Frame frame) {
        if (frame.text().length() > 0) {
            frame.spans().add(new Inline.Text(frame.text().toString()));
            frame.text().setLength(0);
        }
    }
}
