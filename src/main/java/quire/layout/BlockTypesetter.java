package quire.layout;

import java.util.ArrayList;
import java.util.List;
import quire.story.Block;

/** Everything about how one block is set: fonts, indents, alignment, line box; and drawing its lines. */
final class BlockTypesetter {
    /** Indent per level of quote or list, and a paragraph's first-line indent, in ems. */
    static final double INDENT_EM = 1.5;
    static final String HYPHEN = "-";

    final LeafBlock block;
    final String text;
    /** The text's characters, for the loops that look at each of them. */
    final char[] chars;
    final Typography typography;
    final TextMeasurer measurer;
    final double fontSize;
    final double indentLeft;
    final double firstIndent;
    final double spaceBefore;
    final double lineHeight;
    final double baselineOffset;
    final boolean centred;
    final boolean flushRight;
    /** Whether the block's lines are justified: the reader's choice, for paragraphs the author did not align. */
    final boolean justified;
    /** Whether lines that letter spacing fills may also draw their glyphs a little wider or narrower. */
    final boolean glyphExpansion;
    private final double contentWidth;
    private final double maxHang;
    /** The font of each of the block's style ranges, made once: measuring asks for them per word. */
    private final FontSpec[] styleFonts;
    /** Per style range: whether justification may space its letters (not in a fixed-width font). */
    private final boolean[] styleSpaceable;

    BlockTypesetter(LeafBlock block, LeafBlock previous, TextMeasurer measurer, Typography typography,
                 double contentWidth, double maxHang, boolean glyphExpansion) {
        this.block = block;
        this.glyphExpansion = glyphExpansion;
        this.text = block.text();
        this.chars = text.toCharArray();
        this.measurer = measurer;
        this.typography = typography;
        this.contentWidth = contentWidth;
        boolean aligned = block.alignment() != Block.Alignment.NORMAL;
        // Punctuation hangs at flush edges; a centred or right-aligned paragraph has only ragged ones.
        this.maxHang = typography.hangingPunctuation() && block.kind() == LeafBlock.Kind.PARAGRAPH && !aligned
                ? maxHang : 0;
        this.justified = typography.justify() && block.kind() == LeafBlock.Kind.PARAGRAPH && !aligned;
        double em = typography.fontSize();
        this.fontSize = em * headingScale(block);
        this.indentLeft = Math.min(block.indentLevel() * INDENT_EM * em, contentWidth / 2);
        this.firstIndent = isIndentedParagraph(block, typography) ? INDENT_EM * em : 0;
        this.centred = block.kind() == LeafBlock.Kind.HEADING || block.kind() == LeafBlock.Kind.SCENE_BREAK
                || block.alignment() == Block.Alignment.CENTRE;
        this.flushRight = block.alignment() == Block.Alignment.RIGHT;
        LeafBlock.StyleRange first = block.styles().get(0);
        // The line box is the text's own, even when the block opens with a superscript.
        LineMetrics metrics = measurer.metrics(font(new LeafBlock.StyleRange(0, 0, first.bold(), first.italic(),
                first.mono())));
        double spacing = block.kind() == LeafBlock.Kind.HEADING ? 1.25 : typography.lineSpacing();
        this.lineHeight = Math.max(metrics.height(), fontSize * spacing);
        this.baselineOffset = (lineHeight - metrics.height()) / 2 + metrics.ascent();
        this.spaceBefore = previous == null ? 0 : gapBefore(block, previous, typography) * em * typography.lineSpacing();
        this.styleFonts = new FontSpec[block.styles().size()];
        this.styleSpaceable = new boolean[styleFonts.length];
        for (int i = 0; i < styleFonts.length; i++) {
            styleFonts[i] = font(block.styles().get(i));
            styleSpaceable[i] = justified && !styleFonts[i].family().equals("Monospaced");
        }
    }

    double available(boolean firstLine) {
        return Math.max(1, contentWidth - indentLeft - (firstLine ? firstIndent : 0));
    }

    FontSpec font(LeafBlock.StyleRange style) {
        boolean heading = block.kind() == LeafBlock.Kind.HEADING;
        String family = style.mono() ? "Monospaced" : typography.fontFamily();
        double size = TextEffects.isScript(style.effects()) ? fontSize * TextEffects.SCRIPT_SIZE : fontSize;
        return new FontSpec(family, size, style.bold() || heading, style.italic());
    }

    /** The font of the character at {@code offset}. */
    FontSpec fontAt(int offset) {
        return styleFonts[styleAt(offset)];
    }

    /** The index of the style range holding {@code offset} (the last one past the end). */
    private int styleAt(int offset) {
        List<LeafBlock.StyleRange> styles = block.styles();
        for (int i = 0; i < styles.size() - 1; i++) {
            if (offset >= styles.get(i).start() && offset < styles.get(i).end()) {
                return i;
            }
        }
        return styles.size() - 1;
    }

    /** The width of {@code [from, to)}, summed over the style ranges it crosses. */
    double measure(int from, int to) {
        double width = 0;
        List<LeafBlock.StyleRange> styles = block.styles();
        for (int i = 0; i < styles.size(); i++) {
            int a = Math.max(from, styles.get(i).start());
            int b = Math.min(to, styles.get(i).end());
            if (a < b) {
                width += measurer.width(chars, a, b, styleFonts[i]);
            }
        }
        return width;
    }

    /** True when the text at {@code offset} may be letter-spaced to fill a justified line. */
    boolean letterSpacingAt(int offset) {
        return styleSpaceable[styleAt(offset)];
    }

    double hyphenWidth(int offset) {
        return measurer.width(HYPHEN, fontAt(offset));
    }

    /** How far a line starting at {@code offset} may begin left of its margin (an opening quote). */
    double hangAtStart(int offset) {
        if (maxHang <= 0 || offset >= chars.length) {
            return 0;
        }
        double factor = HangingPunctuation.atStart(chars[offset]);
        return factor == 0 ? 0 : Math.min(maxHang, factor * measure(offset, offset + 1));
    }

    /** How far a line whose drawn text ends at {@code end} may pass its right margin. */
    double hangAtEnd(int end, boolean hyphenated) {
        if (maxHang <= 0 || end <= 0) {
            return 0;
        }
        if (hyphenated) {
            return Math.min(maxHang, HangingPunctuation.atEnd('-') * hyphenWidth(end - 1));
        }
        double factor = HangingPunctuation.atEnd(chars[end - 1]);
        return factor == 0 ? 0 : Math.min(maxHang, factor * measure(end - 1, end));
    }

    /** {@code to} moved back over trailing spaces and a hard break, which take no room at a line's end. */
    int trimEnd(int from, int to) {
        int end = to;
        while (end > from && (BreakOpportunities.isSpace(chars[end - 1]) || chars[end - 1] == '\n')) {
            end--;
        }
        return end;
    }

    Line line(LineRange range, boolean first, boolean last) {
        return line(range, first, last, true);
    }

    /**
     * The line for {@code range}; with {@code drawn} false, only its box (no runs, no decorations): all
     * that packing pages needs, and far cheaper, so a long story is counted in boxes and a page's runs are
     * set when it is shown ({@link StoredPages}). The box is the drawn line's, to the bit.
     */
    Line line(LineRange range, boolean first, boolean last, boolean drawn) {
        int start = range.start();
        int end = range.end();
        int drawnEnd = trimEnd(start, end);
        if (!drawn) {
            return line(range, first, last, drawnEnd, List.of(), List.of());
        }
        double available = available(first);
        double natural = measure(start, drawnEnd);
        double hyphen = range.hyphenated() ? hyphenWidth(drawnEnd - 1) : 0;
        double x = indentLeft + (first ? firstIndent : 0) - range.hangStart()
                + (centred ? Math.max(0, (available - natural - hyphen) / 2) : 0)
                + (flushRight ? Math.max(0, available - natural - hyphen) : 0);
        boolean justifiable = justified && end > start;
        boolean full = justifiable && !last && text.charAt(end - 1) != '\n';
        int gaps = justifiable ? countSpaces(start, drawnEnd) : 0;
        double slack = available + range.hangStart() + range.hangEnd() - natural - hyphen;
        LineFill.Letters letters = range.letterSpaced() && justifiable && (full || slack < 0)
                ? letters(start, drawnEnd) : LineFill.Letters.NONE;
        LineFill fill = LineFill.of(slack, gaps, gaps == 0 ? 0 : spaceRoom(start, drawnEnd), letters, full,
                typography.fontSize(), glyphExpansion);
        List<Run> runs = runs(start, drawnEnd, x, gaps > 0 && (full || fill.perSpace() != 0), fill);
        List<Run> decorations = new ArrayList<>(2);
        if (first && !block.marker().isEmpty()) {
            decorations.add(listMarker());
        }
        if (range.hyphenated() && !runs.isEmpty()) {
            Run lastRun = runs.get(runs.size() - 1);
            double after = lastRun.x() + lastRun.width(measurer);
            decorations.add(Run.decoration(HYPHEN, fontAt(drawnEnd - 1), after));
        }
        return line(range, first, last, drawnEnd, runs, decorations);
    }

    /** The line's box around {@code runs}: the same whether or not the runs are set. */
    private Line line(LineRange range, boolean first, boolean last, int drawnEnd, List<Run> runs,
                      List<Run> decorations) {
        double[] reach = scriptReach(range.start(), drawnEnd);
        return new Line(block.index(), range.start(), range.end(), kind(), first, last, first ? spaceBefore : 0, 0,
                lineHeight + reach[0] + reach[1], baselineOffset + reach[0], runs, decorations, range.hyphenated(),
                range.hangStart(), range.hangEnd(), range.letterSpaced());
    }

    private Line.Kind kind() {
        return switch (block.kind()) {
            case HEADING -> Line.Kind.HEADING;
            case SCENE_BREAK -> Line.Kind.SCENE_BREAK;
            case PREFORMATTED -> Line.Kind.PREFORMATTED;
            case PARAGRAPH -> Line.Kind.TEXT;
            case IMAGE -> Line.Kind.IMAGE;
        };
    }

    /**
     * How far the superscripts and subscripts of {@code [from, to)} reach above and below the line box
     * ({@code {above, below}}, zero when they fit in it, as they do at usual line spacings): the line grows
     * by just that, so a raised footnote number never touches the line above.
     */
    private double[] scriptReach(int from, int to) {
        double above = 0;
        double below = 0;
        for (LeafBlock.StyleRange style : block.styles()) {
            if (TextEffects.isScript(style.effects()) && style.start() < to && style.end() > from) {
                FontSpec font = font(style);
                LineMetrics metrics = measurer.metrics(font);
                double shift = TextEffects.shift(style.effects(), font.size());
                above = Math.max(above, metrics.ascent() - shift - baselineOffset);
                below = Math.max(below, metrics.descent() + shift - (lineHeight - baselineOffset));
            }
        }
        return new double[] {above, below};
    }

    /** The natural width of the word spaces in {@code [from, to)}, each in its own font. */
    private double spaceRoom(int from, int to) {
        double room = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ' ') {
                room += measurer.width(" ", fontAt(i));
            }
        }
        return room;
    }

    private List<Run> runs(int start, int end, double x0, boolean stretchSpaces, LineFill fill) {
        PackedRuns.Builder runs = new PackedRuns.Builder(text);
        double x = x0;
        for (LeafBlock.StyleRange style : block.styles()) {
            int a = Math.max(start, style.start());
            int b = Math.min(end, style.end());
            FontSpec font = font(style);
            while (a < b) {
                int pieceEnd = stretchSpaces ? nextSpaceOr(a, b) : b;
                if (pieceEnd > a) {
                    boolean letters = isTracked(a, pieceEnd);
                    double tracking = letters ? fill.tracking() : 0;
                    double scale = letters ? fill.scale() : 1;
                    runs.add(a, pieceEnd, font, x, tracking, scale, style.effects());
                    x += Run.width(text.substring(a, pieceEnd), font, tracking, scale, measurer);
                }
                if (pieceEnd < b) {
                    x += measurer.width(" ", font) + fill.perSpace();
                    pieceEnd++;
                }
                a = pieceEnd;
            }
        }
        return runs.build();
    }

    /** The letters of a line's runs that may be spaced and expanded (each run a word, or a piece of one). */
    private LineFill.Letters letters(int from, int to) {
        int gaps = 0;
        double width = 0;
        for (LeafBlock.StyleRange style : block.styles()) {
            int a = Math.max(from, style.start());
            int b = Math.min(to, style.end());
            while (a < b) {
                int pieceEnd = nextSpaceOr(a, b);
                if (pieceEnd > a && isTracked(a, pieceEnd)) {
                    gaps += pieceEnd - a - 1;
                    width += measurer.width(text.substring(a, pieceEnd), font(style));
                }
                a = pieceEnd + 1;
            }
        }
        return new LineFill.Letters(gaps, width);
    }

    /** True when the letters of {@code [from, to)} may be spaced and expanded to fill a justified line. */
    boolean isTracked(int from, int to) {
        return letterSpacingAt(from) && LetterSpacing.spacesEveryGap(chars, from, to);
    }

    /** A list item's bullet or number, left of its first line. */
    Run listMarker() {
        FontSpec font = font(new LeafBlock.StyleRange(0, 0, false, false, false));
        double width = measurer.width(block.marker(), font);
        return Run.decoration(block.marker(), font, Math.max(0, indentLeft - width - 0.4 * typography.fontSize()));
    }

    private int nextSpaceOr(int from, int limit) {
        int space = text.indexOf(' ', from);
        return space < 0 || space > limit ? limit : space;
    }

    private int countSpaces(int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ' ') {
                count++;
            }
        }
        return count;
    }

    private static boolean isIndentedParagraph(LeafBlock block, Typography typography) {
        return typography.paragraphStyle() == Typography.ParagraphStyle.INDENT
                && block.kind() == LeafBlock.Kind.PARAGRAPH && !block.opensSection() && block.marker().isEmpty()
                && block.alignment() == Block.Alignment.NORMAL;
    }

    private static double headingScale(LeafBlock block) {
        if (block.kind() != LeafBlock.Kind.HEADING) {
            return 1;
        }
        return switch (block.headingLevel()) {
            case 1 -> 1.5;
            case 2 -> 1.3;
            case 3 -> 1.15;
            default -> 1.05;
        };
    }

    /** Space above a block, in lines of body text. */
    private static double gapBefore(LeafBlock block, LeafBlock previous, Typography typography) {
        if (block.kind() == LeafBlock.Kind.HEADING) {
            return 1.5;
        }
        if (block.kind() == LeafBlock.Kind.SCENE_BREAK || previous.kind() != LeafBlock.Kind.PARAGRAPH
                || block.kind() == LeafBlock.Kind.PREFORMATTED || block.kind() == LeafBlock.Kind.IMAGE) {
            return 0.5;
        }
        if (typography.paragraphStyle() == Typography.ParagraphStyle.SPACED) {
            return 0.6;
        }
        return block.indentLevel() != previous.indentLevel() ? 0.5 : 0;
    }
}
