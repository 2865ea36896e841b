package quire.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import quire.story.Block;
import quire.story.Inline;
import quire.story.Story;

/** Turns a story's nested blocks into the flat list of {@link LeafBlock}s the engine lays out. */
final class BlockFlattener {
    private final List<LeafBlock> leaves = new ArrayList<>();
    /**
     * One list for every block set in one style over the same length: most paragraphs are, and a long
     * story's 60,000 of them would otherwise each hold an equal list and range (3 MB at 16 MB).
     */
    private final Map<List<LeafBlock.StyleRange>, List<LeafBlock.StyleRange>> oneStyleLists = new HashMap<>();
    private boolean opensSection = true;

    private BlockFlattener() {
    }

    static List<LeafBlock> flatten(Story story) {
        BlockFlattener flattener = new BlockFlattener();
        flattener.addAll(story.blocks(), 0, "");
        return List.copyOf(flattener.leaves);
    }

    private void addAll(List<Block> blocks, int indent, String firstMarker) {
        String marker = firstMarker;
        for (Block block : blocks) {
            add(block, indent, marker);
            marker = "";
        }
    }

    private void add(Block block, int indent, String marker) {
        // Java 17 has no pattern switch; the sealed Block interface keeps this chain complete.
        if (block instanceof Block.Paragraph p) {
            addText(LeafBlock.Kind.PARAGRAPH, p.spans(), 0, indent, marker, p.alignment());
        } else if (block instanceof Block.Heading h) {
            addText(LeafBlock.Kind.HEADING, h.spans(), h.level(), indent, marker, Block.Alignment.NORMAL);
        } else if (block instanceof Block.SceneBreak s) {
            addPlain(LeafBlock.Kind.SCENE_BREAK, s.marker(), indent, marker);
        } else if (block instanceof Block.Preformatted p) {
            addPlain(LeafBlock.Kind.PREFORMATTED, p.text(), indent, marker);
        } else if (block instanceof Block.BlockQuote q) {
            addAll(q.blocks(), indent + 1, marker);
        } else if (block instanceof Block.ListBlock list) {
            addList(list, indent);
        } else if (block instanceof Block.Image image) {
            String alt = image.alt();
            List<LeafBlock.StyleRange> styles = List.of(new LeafBlock.StyleRange(0, alt.length(), false, false, false));
            append(new LeafBlock(leaves.size(), LeafBlock.Kind.IMAGE, alt, styles, 0, indent, marker, opensSection,
                    Block.Alignment.CENTRE, image.picture()));
        }
    }

    private void addList(Block.ListBlock list, int indent) {
        int number = list.start();
        for (Block.ListItem item : list.items()) {
            String marker = list.ordered() ? (number++) + "." : "\u2022";
            if (item.blocks().isEmpty()) {
                addPlain(LeafBlock.Kind.PARAGRAPH, "", indent + 1, marker);
            } else {
                addAll(item.blocks(), indent + 1, marker);
            }
        }
    }

    private void addText(LeafBlock.Kind kind, List<Inline> spans, int level, int indent, String marker,
                         Block.Alignment alignment) {
        StyledTextBuilder text = new StyledTextBuilder();
        text.appendAll(spans);
        append(new LeafBlock(leaves.size(), kind, text.text(), shared(text.styles()), level, indent, marker,
                opensSection, alignment));
    }

    private void addPlain(LeafBlock.Kind kind, String text, int indent, String marker) {
        List<LeafBlock.StyleRange> styles = List.of(new LeafBlock.StyleRange(0, text.length(), false, false, false));
        append(new LeafBlock(leaves.size(), kind, text, shared(styles), 0, indent, marker, opensSection));
    }

    /** {@code styles} as an immutable list, the very one an earlier block had if it was one equal range. */
    private List<LeafBlock.StyleRange> shared(List<LeafBlock.StyleRange> styles) {
        List<LeafBlock.StyleRange> copy = List.copyOf(styles);
        return copy.size() == 1 ? oneStyleLists.computeIfAbsent(copy, k -> k) : copy;
    }

    private void append(LeafBlock leaf) {
        leaves.add(leaf);
        opensSection = leaf.kind() == LeafBlock.Kind.HEADING || leaf.kind() == LeafBlock.Kind.SCENE_BREAK;
    }

    /**
     * Accumulates inline spans into one string with style ranges. A block of one span (most paragraphs)
     * keeps that span's own string rather than a copy, so a long story's text is not held twice.
     */
    private static final class StyledTextBuilder {
        private final StringBuilder text = new StringBuilder();
        private final List<LeafBlock.StyleRange> styles = new ArrayList<>();
        /** The one string added so far, while there is just one. */
        private String only;
        private int added;

        void appendAll(List<Inline> spans) {
            for (Inline span : spans) {
                append(span, false, false, false, TextEffects.NONE);
            }
        }

        private void append(Inline span, boolean bold, boolean italic, boolean mono, int effects) {
            if (span instanceof Inline.Text t) {
                add(t.text(), bold, italic, mono, effects);
            } else if (span instanceof Inline.Code c) {
                add(c.text(), bold, italic, true, effects);
            } else if (span instanceof Inline.HardBreak) {
                add("\n", bold, italic, mono, effects);
            } else if (span instanceof Inline.Emphasis e) {
                e.children().forEach(child -> append(child, bold, true, mono, effects));
            } else if (span instanceof Inline.Strong s) {
                s.children().forEach(child -> append(child, true, italic, mono, effects));
            } else if (span instanceof Inline.Underline u) {
                u.children().forEach(child -> append(child, bold, italic, mono, effects | TextEffects.UNDERLINE));
            } else if (span instanceof Inline.Strikethrough s) {
                s.children().forEach(child -> append(child, bold, italic, mono, effects | TextEffects.STRIKETHROUGH));
            } else if (span instanceof Inline.Superscript s) {
                // A script inside a script stays one step small: sizes do not shrink to nothing.
                int script = effects & ~TextEffects.SUBSCRIPT | TextEffects.SUPERSCRIPT;
                s.children().forEach(child -> append(child, bold, italic, mono, script));
            } else if (span instanceof Inline.Subscript s) {
                int script = effects & ~TextEffects.SUPERSCRIPT | TextEffects.SUBSCRIPT;
                s.children().forEach(child -> append(child, bold, italic, mono, script));
            } else if (span instanceof Inline.Link l) {
                l.children().forEach(child -> append(child, bold, italic, mono, effects));
            }
        }

        private void add(String s, boolean bold, boolean italic, boolean mono, int effects) {
            if (s.isEmpty()) {
                return;
            }
            int start = text.length();
            text.append(s);
            only = added++ == 0 ? s : null;
            int last = styles.size() - 1;
            if (last >= 0) {
                LeafBlock.StyleRange previous = styles.get(last);
                if (previous.sameStyle(bold, italic, mono, effects)) {
                    styles.set(last, new LeafBlock.StyleRange(previous.start(), text.length(), bold, italic, mono,
                            effects));
                    return;
                }
            }
            styles.add(new LeafBlock.StyleRange(start, text.length(), bold, italic, mono, effects));
        }

        String text() {
            return only != null ? only : text.toString();
        }

        List<LeafBlock.StyleRange> styles() {
            return styles.isEmpty() ? List.of(new LeafBlock.StyleRange(0, 0, false, false, false)) : styles;
        }
    }
}
