package quire.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import quire.story.Story;
import quire.story.StoryReader;
import quire.ui.FontCatalog;
import quire.ui.FxTextMeasurer;

/**
 * How evenly text is set, greedy breaker against the optimal one, side by side: the bundled story and
 * the generated 1 MB story, justified in the book serif at 20 px with real fonts (headless JavaFX), at
 * measures of about 35, 60 and 75 characters; the optimal breaker with and without hanging punctuation
 * (which gives lines a little more room, as Quire sets them by default, with 32 px margins). Word spaces are read back from the lines as drawn, so
 * both breakers are judged the same way. Then the same stories ragged right, greedy against optimal: how far
 * full lines fall short of the measure and how much that changes from one line to the next (an even
 * edge, with no line much shorter than its neighbours). Run by the command in docs/benchmarks.md; not
 * part of verify.
 */
public final class TypesettingQuality {
    private static final double FONT_SIZE = 20;

    private TypesettingQuality() {
    }

    /** What one story at one measure looks like after one breaker. */
    record Quality(int lines, int hyphenated, int mostHyphensInARow, double meanRatio, double maxRatio,
                   double shareOverOneAndAHalf, double widestSpaceEm, double shareLetterSpaced,
                   double mostTrackingEm, double mostExpansion, long emergencies, double millis) {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        FxTextMeasurer measurer = new FxTextMeasurer();
        String family = FontCatalog.ofThisMachine().resolve(FontCatalog.SERIF);
        byte[] bytes = StoryReader.class.getResourceAsStream("/story/story.md").readAllBytes();
        Story bundled = new StoryReader().parse("story.md", bytes);
        Story megabyte = StoryGenerator.story(1_000_000);
        Typography type = new Typography(family, FONT_SIZE, 1.5, Typography.ParagraphStyle.INDENT, true, true, false);
        PreparedStory small = PreparedStory.of(bundled);
        long loadStart = System.nanoTime();
        small.hyphenator();
        System.out.printf(Locale.ROOT, "font %s %.0f px; hyphenation patterns ready %.1f ms after asking%n",
                family, FONT_SIZE, (System.nanoTime() - loadStart) / 1e6);
        long t = System.nanoTime();
        HyphenationLibrary.load("en");
        System.out.printf(Locale.ROOT, "loading the US English patterns on their own: %.1f ms%n",
                (System.nanoTime() - t) / 1e6);
        double charWidth = averageCharWidth(small, measurer, type);
        System.out.println("| story | measure | breaker | lines | hyphenated ends | most in a row | mean ratio "
                + "| largest ratio | full lines with spaces > 1.5× | widest space (em) | letter-spaced lines "
                + "| most letter spacing, either way (em) | most glyph expansion, either way | emergencies | ms |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Object[] story : new Object[][] {{"bundled", small}, {"1 MB", PreparedStory.of(megabyte)}}) {
            for (int chars : new int[] {35, 60, 75}) {
                double width = Math.round(chars * charWidth);
                for (String setter : new String[] {"greedy", "optimal, word spaces only",
                        "optimal, letter spacing only", "optimal", "optimal + hanging"}) {
                    LineBreaker.Strategy strategy = setter.equals("greedy") ? LineBreaker.Strategy.GREEDY
                            : setter.endsWith("word spaces only") ? LineBreaker.Strategy.WORD_SPACES_ONLY
                            : setter.endsWith("letter spacing only") ? LineBreaker.Strategy.NO_GLYPH_EXPANSION
                            : LineBreaker.Strategy.OPTIMAL;
                    boolean hang = setter.endsWith("hanging");
                    Typography set = new Typography(type.fontFamily(), type.fontSize(), type.lineSpacing(),
                            type.paragraphStyle(), true, true, hang);
                    Quality q = measure((PreparedStory) story[1], measurer, set, width, strategy, hang ? 32 : 0);
                    System.out.printf(Locale.ROOT, "| %s | %d chars (%.0f px) | %s | %d | %d | %d | %.2f | %.2f | %.1f%% "
                                    + "| %.2f | %.1f%% | %.3f | %.1f%% | %d | %.0f |%n", story[0], chars, width,
                            setter, q.lines(), q.hyphenated(), q.mostHyphensInARow(),
                            q.meanRatio(), q.maxRatio(), 100 * q.shareOverOneAndAHalf(), q.widestSpaceEm(),
                            100 * q.shareLetterSpaced(), q.mostTrackingEm(), 100 * q.mostExpansion(),
                            q.emergencies(), q.millis());
                }
            }
        }
        raggedTable(new PreparedStory[] {small, PreparedStory.of(megabyte)}, measurer, type, charWidth);
        Platform.exit();
    }

    /** Ragged right: how far full lines fall short of the measure, and how much neighbours differ. */
    record Raggedness(int lines, int hyphenated, double meanShortEm, double p90ShortEm, double maxShortEm,
                      double meanJumpEm, double maxJumpEm, double millis) {
    }

    private static void raggedTable(PreparedStory[] stories, TextMeasurer measurer, Typography type, double charWidth) {
        System.out.println();
        System.out.println("| story | measure | breaker | lines | hyphenated ends | mean shortfall (em) "
                + "| 90th percentile (em) | largest (em) | mean change to the next line (em) | largest change (em) | ms |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        Typography ragged = new Typography(type.fontFamily(), type.fontSize(), type.lineSpacing(),
                type.paragraphStyle(), false, true, false);
        String[] names = {"bundled", "1 MB"};
        for (int k = 0; k < stories.length; k++) {
            for (int chars : new int[] {35, 60, 75}) {
                double width = Math.round(chars * charWidth);
                for (LineBreaker.Strategy strategy : new LineBreaker.Strategy[] {LineBreaker.Strategy.GREEDY,
                        LineBreaker.Strategy.OPTIMAL}) {
                    Raggedness r = raggedness(stories[k], measurer, ragged, width, strategy);
                    System.out.printf(Locale.ROOT, "| %s | %d chars (%.0f px) | %s | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.0f |%n",
                            names[k], chars, width, strategy == LineBreaker.Strategy.GREEDY ? "greedy" : "optimal",
                            r.lines(), r.hyphenated(), r.meanShortEm(), r.p90ShortEm(), r.maxShortEm(),
                            r.meanJumpEm(), r.maxJumpEm(), r.millis());
                }
            }
        }
    }

    static Raggedness raggedness(PreparedStory story, TextMeasurer measurer, Typography type, double width,
                                 LineBreaker.Strategy strategy) {
        LineBreaker breaker = new LineBreaker(measurer, type, width, 0, story::hyphenator, strategy);
        List<LeafBlock> blocks = story.blocks();
        List<Double> shorts = new ArrayList<>();
        double jumpSum = 0;
        double maxJump = 0;
        int jumps = 0;
        int count = 0;
        int hyphenated = 0;
        long start = System.nanoTime();
        for (int i = 0; i < blocks.size(); i++) {
            List<Line> lines = breaker.lines(blocks.get(i), i == 0 ? null : blocks.get(i - 1));
            String text = blocks.get(i).text();
            Double previous = null;
            for (Line line : lines) {
                if (line.kind() != Line.Kind.TEXT) {
                    continue;
                }
                count++;
                hyphenated += line.hyphenated() ? 1 : 0;
                boolean full = !line.lastOfBlock() && text.charAt(line.end() - 1) != '\n' && !line.runs().isEmpty();
                if (!full) {
                    previous = null;
                    continue;
                }
                Run last = line.decorations().isEmpty() ? line.runs().get(line.runs().size() - 1)
                        : line.decorations().get(line.decorations().size() - 1);
                double shortEm = (width - (last.x() + last.width(measurer))) / FONT_SIZE;
                shorts.add(shortEm);
                if (previous != null) {
                    double jump = Math.abs(shortEm - previous);
                    jumpSum += jump;
                    maxJump = Math.max(maxJump, jump);
                    jumps++;
                }
                previous = shortEm;
            }
        }
        double millis = (System.nanoTime() - start) / 1e6;
        List<Double> sorted = shorts.stream().sorted().toList();
        double mean = sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double p90 = sorted.isEmpty() ? 0 : sorted.get((int) Math.floor(0.9 * (sorted.size() - 1)));
        double max = sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1);
        return new Raggedness(count, hyphenated, mean, p90, max, jumps == 0 ? 0 : jumpSum / jumps, maxJump, millis);
    }

    private static double averageCharWidth(PreparedStory story, TextMeasurer measurer, Typography type) {
        FontSpec font = new FontSpec(type.fontFamily(), type.fontSize(), false, false);
        String text = String.join(" ", story.blockTexts());
        return measurer.width(text, font) / text.length();
    }

    static Quality measure(PreparedStory story, TextMeasurer measurer, Typography type, double width,
                           LineBreaker.Strategy strategy, double margin) {
        LineBreaker breaker = new LineBreaker(measurer, type, width, margin, story::hyphenator, strategy);
        List<Line> lines = new ArrayList<>();
        long start = System.nanoTime();
        List<LeafBlock> blocks = story.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            lines.addAll(breaker.lines(blocks.get(i), i == 0 ? null : blocks.get(i - 1)));
        }
        double millis = (System.nanoTime() - start) / 1e6;
        int count = 0;
        int hyphenated = 0;
        int run = 0;
        int mostInARow = 0;
        int full = 0;
        int loose = 0;
        double ratioSum = 0;
        double maxRatio = 0;
        double widest = 0;
        int letterSpaced = 0;
        double mostTracking = 0;
        double mostExpansion = 0;
        for (Line line : lines) {
            if (line.kind() != Line.Kind.TEXT) {
                continue;
            }
            count++;
            run = line.hyphenated() ? run + 1 : 0;
            hyphenated += line.hyphenated() ? 1 : 0;
            mostInARow = Math.max(mostInARow, run);
            String text = story.blockTexts().get(line.block());
            boolean isFull = !line.lastOfBlock() && text.charAt(line.end() - 1) != '\n' && line.runs().size() > 1;
            if (!isFull) {
                continue;
            }
            full++;
            double tracking = line.runs().stream().mapToDouble(r -> Math.abs(r.tracking())).max().orElse(0);
            boolean lettersMoved = line.runs().stream().anyMatch(r -> r.isTracked() || r.isExpanded());
            letterSpaced += lettersMoved ? 1 : 0;
            for (Run r : line.runs()) {
                mostExpansion = Math.max(mostExpansion, Math.abs(r.scale() - 1));
            }
            mostTracking = Math.max(mostTracking, tracking / FONT_SIZE);
            double lineMax = 0;
            double lineRatio = 0;
            for (int r = 1; r < line.runs().size(); r++) {
                Run a = line.runs().get(r - 1);
                Run b = line.runs().get(r);
                if (b.start() != a.end() + 1) {
                    continue; // a style change, not a word space
                }
                double natural = measurer.width(" ", a.font());
                double space = b.x() - (a.x() + a.width(measurer));
                lineMax = Math.max(lineMax, space / natural);
                lineRatio = space >= natural ? (space - natural) / (natural / 2) : (space - natural) / (natural / 3);
            }
            widest = Math.max(widest, lineMax * measurer.width(" ", line.runs().get(0).font()) / FONT_SIZE);
            loose += lineMax > 1.5 + 1e-9 ? 1 : 0;
            ratioSum += lineRatio;
            maxRatio = Math.max(maxRatio, lineRatio);
        }
        return new Quality(count, hyphenated, mostInARow, full == 0 ? 0 : ratioSum / full, maxRatio,
                full == 0 ? 0 : (double) loose / full, widest, full == 0 ? 0 : (double) letterSpaced / full,
                mostTracking, mostExpansion, breaker.tally().emergencies(), millis);
    }
}
