package quire.layout;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Breaks one leaf block into lines at a given content width. Breaks fall only at
 * {@link BreakOpportunities} (after spaces, and after dashes between words), a hard break always ends a
 * line, and a word wider than the whole line is split between characters rather than clipped.
 */
final class LineBreaker {
    /** Indent per level of quote or list, and a paragraph's first-line indent, in ems. */
    static final double INDENT_EM = 1.5;

    private final TextMeasurer measurer;
    private final Typography typography;
    private final double contentWidth;

    LineBreaker(TextMeasurer measurer, Typography typography, double contentWidth) {
        this.measurer = measurer;
        this.typography = typography;
        this.contentWidth = contentWidth;
    }

    List<Line> lines(LeafBlock block, LeafBlock previous) {
        BlockSetting setting = new BlockSetting(block, previous);
        List<int[]> ranges = new ArrayList<>();
        String text = block.text();
        int hardStart = 0;
        while (hardStart < text.length()) {
            int newline = text.indexOf('\n', hardStart);
            int hardEnd = newline < 0 ? text.length() : newline + 1;
            breakHardLine(setting, hardStart, hardEnd, ranges);
            hardStart = hardEnd;
        }
        if (ranges.isEmpty()) {
            ranges.add(new int[] {0, 0});
        }
        List<Line> lines = new ArrayList<>(ranges.size());
        for (int i = 0; i < ranges.size(); i++) {
            lines.add(setting.line(ranges.get(i)[0], ranges.get(i)[1], i == 0, i == ranges.size() - 1));
        }
        return lines;
    }

    /** Greedy breaking of {@code [start, end)}, a stretch of text with no hard break inside. */
    private void breakHardLine(BlockSetting setting, int start, int end, List<int[]> ranges) {
        int lineStart = start;
        int position = start;
        double width = 0;
        while (position < end) {
            int segmentEnd = BreakOpportunities.next(setting.text, position, end);
            double available = setting.available(ranges.isEmpty());
            double segmentWidth = setting.measure(position, setting.trimEnd(position, segmentEnd));
            if (position > lineStart && width + segmentWidth > available) {
                ranges.add(new int[] {lineStart, position});
                lineStart = position;
                width = 0;
                available = setting.available(false);
            }
            if (position == lineStart && segmentWidth > available) {
                lineStart = splitLongWord(setting, lineStart, segmentEnd, ranges);
                width = setting.measure(lineStart, segmentEnd);
            } else {
                width += setting.measure(position, segmentEnd);
            }
            position = segmentEnd;
        }
        if (lineStart < end) {
            ranges.add(new int[] {lineStart, end});
        }
    }

    /** Emits full lines of a too-long word split between characters; returns where the rest starts. */
    private int splitLongWord(BlockSetting setting, int start, int end, List<int[]> ranges) {
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(setting.text.substring(start, end));
        int lineStart = start;
        int previous = start;
        for (int next = characters.next(); next != BreakIterator.DONE; next = characters.next()) {
            int position = start + next;
            if (previous > lineStart
                    && setting.measure(lineStart, setting.trimEnd(lineStart, position))
                    > setting.available(ranges.isEmpty())) {
                ranges.add(new int[] {lineStart, previous});
                lineStart = previous;
            }
            previous = position;
        }
        return lineStart;
    }

    /** Everything about how one block is set: fonts, indents, alignment, line box. */
    private final class BlockSetting {
        final LeafBlock block;
        final String text;
        final double fontSize;
        final double indentLeft;
        final double firstIndent;
        final double spaceBefore;
        final double lineHeight;
        final double baselineOffset;
        final boolean centred;

        BlockSetting(LeafBlock block, LeafBlock previous) {
            this.block = block;
            this.text = block.text();
            double em = typography.fontSize();
            this.fontSize = em * headingScale(block);
            this.indentLeft = Math.min(block.indentLevel() * INDENT_EM * em, contentWidth / 2);
            this.firstIndent = isIndentedParagraph(block) ? INDENT_EM * em : 0;
            this.centred = block.kind() == LeafBlock.Kind.HEADING || block.kind() == LeafBlock.Kind.SCENE_BREAK;
            LineMetrics metrics = measurer.metrics(font(block.styles().get(0)));
            double spacing = block.kind() == LeafBlock.Kind.HEADING ? 1.25 : typography.lineSpacing();
            this.lineHeight = Math.max(metrics.height(), fontSize * spacing);
            this.baselineOffset = (lineHeight - metrics.height()) / 2 + metrics.ascent();
            this.spaceBefore = previous == null ? 0 : gapBefore(block, previous) * em * typography.lineSpacing();
        }

        double available(boolean firstLine) {
            return Math.max(1, contentWidth - indentLeft - (firstLine ? firstIndent : 0));
        }

        FontSpec font(LeafBlock.StyleRange style) {
            boolean heading = block.kind() == LeafBlock.Kind.HEADING;
            String family = style.mono() ? "Monospaced" : typography.fontFamily();
            return new FontSpec(family, fontSize, style.bold() || heading, style.italic());
        }

        /** The width of {@code [from, to)}, summed over the style ranges it crosses. */
        double measure(int from, int to) {
            double width = 0;
            for (LeafBlock.StyleRange style : block.styles()) {
                int a = Math.max(from, style.start());
                int b = Math.min(to, style.end());
                if (a < b) {
                    width += measurer.width(text.substring(a, b), font(style));
                }
            }
            return width;
        }

        /** {@code to} moved back over trailing spaces and a hard break, which take no room at a line's end. */
        int trimEnd(int from, int to) {
            int end = to;
            while (end > from && (BreakOpportunities.isSpace(text.charAt(end - 1)) || text.charAt(end - 1) == '\n')) {
                end--;
            }
            return end;
        }

        Line line(int start, int end, boolean first, boolean last) {
            int drawnEnd = trimEnd(start, end);
            double available = available(first);
            double natural = measure(start, drawnEnd);
            double x = indentLeft + (first ? firstIndent : 0) + (centred ? Math.max(0, (available - natural) / 2) : 0);
            boolean justify = typography.justify() && block.kind() == LeafBlock.Kind.PARAGRAPH && !last
                    && end > start && text.charAt(end - 1) != '\n';
            int gaps = justify ? countSpaces(start, drawnEnd) : 0;
            double stretch = gaps > 0 ? Math.max(0, (available - natural) / gaps) : 0;
            List<Run> runs = runs(start, drawnEnd, x, gaps > 0, stretch);
            List<Run> decorations = first && !block.marker().isEmpty() ? List.of(marker()) : List.of();
            Line.Kind kind = switch (block.kind()) {
                case HEADING -> Line.Kind.HEADING;
                case SCENE_BREAK -> Line.Kind.SCENE_BREAK;
                case PREFORMATTED -> Line.Kind.PREFORMATTED;
                case PARAGRAPH -> Line.Kind.TEXT;
            };
            return new Line(block.index(), start, end, kind, first, last, first ? spaceBefore : 0, 0, lineHeight,
                    baselineOffset, runs, decorations);
        }

        private List<Run> runs(int start, int end, double x0, boolean stretchSpaces, double stretch) {
            List<Run> runs = new ArrayList<>();
            double x = x0;
            for (LeafBlock.StyleRange style : block.styles()) {
                int a = Math.max(start, style.start());
                int b = Math.min(end, style.end());
                FontSpec font = font(style);
                while (a < b) {
                    int pieceEnd = stretchSpaces ? nextSpaceOr(a, b) : b;
                    if (pieceEnd > a) {
                        String piece = text.substring(a, pieceEnd);
                        runs.add(new Run(piece, font, x, a));
                        x += measurer.width(piece, font);
                    }
                    if (pieceEnd < b) {
                        x += measurer.width(" ", font) + stretch;
                        pieceEnd++;
                    }
                    a = pieceEnd;
                }
            }
            return runs;
        }

        private Run marker() {
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
    }

    private boolean isIndentedParagraph(LeafBlock block) {
        return typography.paragraphStyle() == Typography.ParagraphStyle.INDENT
                && block.kind() == LeafBlock.Kind.PARAGRAPH && !block.opensSection() && block.marker().isEmpty();
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
    private double gapBefore(LeafBlock block, LeafBlock previous) {
        if (block.kind() == LeafBlock.Kind.HEADING) {
            return 1.5;
        }
        if (block.kind() == LeafBlock.Kind.SCENE_BREAK || previous.kind() != LeafBlock.Kind.PARAGRAPH
                || block.kind() == LeafBlock.Kind.PREFORMATTED) {
            return 0.5;
        }
        if (typography.paragraphStyle() == Typography.ParagraphStyle.SPACED) {
            return 0.6;
        }
        return block.indentLevel() != previous.indentLevel() ? 0.5 : 0;
    }
}
