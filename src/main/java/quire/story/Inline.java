package quire.story;

import java.util.List;

/** A span of text inside a block. Links keep only their visible text: a story never fetches anything. */
public sealed interface Inline {

    /** The characters this span puts on screen, with a hard break as a newline. */
    String plainText();

    record Text(String text) implements Inline {
        public String plainText() {
            return text;
        }
    }

    record Emphasis(List<Inline> children) implements Inline {
        public Emphasis {
            children = List.copyOf(children);
        }

        public String plainText() {
            return Inline.plainText(children);
        }
    }

    record Strong(List<Inline> children) implements Inline {
        public Strong {
            children = List.copyOf(children);
        }

        public String plainText() {
            return Inline.plainText(children);
        }
    }

    /** Underlined text ({@code u}, {@code ins}). */
    record Underline(List<Inline> children) implements Inline {
        public Underline {
            children = List.copyOf(children);
        }

        public String plainText() {
            return Inline.plainText(children);
        }
    }

    /** Struck-through text ({@code s}, {@code strike}, {@code del}). */
    record Strikethrough(List<Inline> children) implements Inline {
        public Strikethrough {
            children = List.copyOf(children);
        }

        public String plainText() {
            return Inline.plainText(children);
        }
    }

    /** Superscript: smaller, raised ({@code sup}). */
    record Superscript(List<Inline> children) implements Inline {
        public Superscript {
            children = List.copyOf(children);
        }

        public String plainText() {
            return Inline.plainText(children);
        }
    }

    /** Subscript: smaller, lowered ({@code sub}). */
    record Subscript(List<Inline> children) implements Inline {
        public Subscript {
            children = List.copyOf(children);
        }

        public String plainText() {
            return Inline.plainText(children);
        }
    }

    record Code(String text) implements Inline {
        public String plainText() {
            return text;
        }
    }

    /** A link shown as its text; the address is deliberately not kept. */
    record Link(List<Inline> children) implements Inline {
        public Link {
            children = List.copyOf(children);
        }

        public String plainText() {
            return Inline.plainText(children);
        }
    }

    record HardBreak() implements Inline {
        public String plainText() {
            return "\n";
        }
    }

    static String plainText(List<? extends Inline> spans) {
        StringBuilder text = new StringBuilder();
        for (Inline span : spans) {
            text.append(span.plainText());
        }
        return text.toString();
    }
}
