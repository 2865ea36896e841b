package quire.story;

import java.util.List;

/** One block of the story body, in reading order. A closed set: views and the paginator switch over it. */
public sealed interface Block {

    /** The characters this block puts on screen; nested blocks are separated by a blank line. */
    String plainText();

    /** How a paragraph sits on the measure: as the reader's settings set text, or as its author placed it. */
    enum Alignment {
        /** Justified or ragged as the reader chose, the first line indented as the paragraph style says. */
        NORMAL,
        /** Each line centred, ragged on both sides, nothing indented. */
        CENTRE,
        /** Each line flush right, ragged on the left, nothing indented. */
        RIGHT
    }

    record Paragraph(List<Inline> spans, Alignment alignment) implements Block {
        public Paragraph {
            spans = List.copyOf(spans);
            java.util.Objects.requireNonNull(alignment, "alignment");
        }

        public Paragraph(List<Inline> spans) {
            this(spans, Alignment.NORMAL);
        }

        public String plainText() {
            return Inline.plainText(spans);
        }
    }

    /** A chapter or section title; level 1 to 6 as in Markdown. */
    record Heading(int level, List<Inline> spans) implements Block {
        public Heading {
            spans = List.copyOf(spans);
        }

        public String plainText() {
            return Inline.plainText(spans);
        }
    }

    /**
     * A scene break. {@code marker} is what the author typed ("* * *", "~o~", "---"); views show it
     * centred, drawing a plain rule for the hyphen and underscore forms.
     */
    record SceneBreak(String marker) implements Block {
        public String plainText() {
            return marker;
        }
    }

    record BlockQuote(List<Block> blocks) implements Block {
        public BlockQuote {
            blocks = List.copyOf(blocks);
        }

        public String plainText() {
            return Block.plainText(blocks);
        }
    }

    /** A bulleted or numbered list; {@code start} is the first number of an ordered list. */
    record ListBlock(boolean ordered, int start, List<ListItem> items) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }

        public String plainText() {
            return String.join("\n\n", items.stream().map(ListItem::plainText).toList());
        }
    }

    record ListItem(List<Block> blocks) {
        public ListItem {
            blocks = List.copyOf(blocks);
        }

        public String plainText() {
            return Block.plainText(blocks);
        }
    }

    /** Text shown exactly as written, line breaks and all: code, indented text, raw HTML. */
    record Preformatted(String text) implements Block {
        public String plainText() {
            return text;
        }
    }

    /**
     * A picture stored in the story's file, shown on its own, scaled to fit the page with its aspect
     * kept. Its text, for copying, searching, reading aloud and screen readers, is its alt text ({@code
     * alt}, empty when the file gives none); nothing is drawn for it but the picture.
     */
    record Image(String alt, ImageData picture) implements Block {
        public Image {
            java.util.Objects.requireNonNull(alt, "alt");
            java.util.Objects.requireNonNull(picture, "picture");
        }

        public String plainText() {
            return alt;
        }
    }

    static String plainText(List<? extends Block> blocks) {
        return String.join("\n\n", blocks.stream().map(Block::plainText).toList());
    }
}
