package quire.epub;

import java.util.Random;

/**
 * How long an EPUB of about 2 MB (AO3-style preface, 40 chapters of prose-like text) takes to read into
 * a story: a plain timing loop, not a JMH benchmark, for docs/benchmarks.md. Run with the test classpath:
 * {@code java -cp target/test-classes:target/classes:JSOUP_JAR quire.epub.EpubReadTiming}.
 */
public final class EpubReadTiming {
    private EpubReadTiming() {
    }

    /** An AO3-shaped EPUB whose chapters hold about {@code bytes} of text in all. */
    static byte[] book(int bytes) {
        Random random = new Random(7);
        EpubBuilder builder = new EpubBuilder().dc("title", "Timing").page("preface.xhtml",
                EpubBuilder.xhtml("Preface", null, EpubFixtures.ao3Preface("No Archive Warnings Apply")), "Preface");
        int chapters = 40;
        for (int c = 1; c <= chapters; c++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < bytes / chapters) {
                text.append("<p>");
                for (int w = 0; w < 60; w++) {
                    for (int letters = 1 + random.nextInt(8); letters > 0; letters--) {
                        text.append((char) ('a' + random.nextInt(26)));
                    }
                    text.append(w % 11 == 10 ? ", " : " ");
                }
                text.append("<em>end</em>.</p>\n");
            }
            builder.page("c" + c + ".xhtml", EpubBuilder.xhtml("c", null, EpubFixtures.ao3Chapter(c, "T" + c, text.toString())),
                    "Chapter " + c);
        }
        return builder.bytes();
    }

    /**
     * An AO3-shaped EPUB of about {@code bytes} of text made as {@code src/bench/long-works.sh} makes its
     * Markdown stories ({@link quire.layout.StoryGenerator#paragraphs}): the bundled story's paragraphs,
     * varied, a chapter every 60 and a scene break every 20, each chapter with AO3's summary and notes.
     */
    static byte[] proseBook(int bytes) {
        EpubBuilder builder = new EpubBuilder().dc("title", "Timing").dc("language", "en").page("preface.xhtml",
                EpubBuilder.xhtml("Preface", null, EpubFixtures.ao3Preface("No Archive Warnings Apply")), "Preface");
        java.util.List<String> paragraphs = quire.layout.StoryGenerator.paragraphs(bytes);
        for (int start = 0, c = 1; start < paragraphs.size(); start += 60, c++) {
            StringBuilder text = new StringBuilder();
            for (int i = start; i < Math.min(start + 60, paragraphs.size()); i++) {
                if (i > start && i % 20 == 0) {
                    text.append("<hr/>\n");
                }
                text.append("<p>").append(org.jsoup.nodes.Entities.escape(paragraphs.get(i))).append("</p>\n");
            }
            builder.page("c" + c + ".xhtml", EpubBuilder.xhtml("c", null, EpubFixtures.ao3Chapter(c, "Chapter " + c,
                    text.toString())), "Chapter " + c);
        }
        return builder.bytes();
    }

    /**
     * With {@code write FILE MEGABYTES}, writes a {@link #proseBook} of about that many megabytes zipped (for
     * {@code src/bench/long-works.sh}); with no arguments, times reading one of 2 MB of text.
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("write")) {
            double wanted = Double.parseDouble(args[2]) * 1_000_000;
            byte[] book = proseBook((int) (wanted * 3));
            book = proseBook((int) (wanted * 3 * wanted / book.length));
            java.nio.file.Files.write(java.nio.file.Path.of(args[1]), book);
            System.out.printf("wrote %s: %,d bytes%n", args[1], book.length);
            return;
        }
        byte[] epub = book(2_000_000);
        System.out.printf("EPUB: %,d bytes zipped%n", epub.length);
        EpubReader reader = new EpubReader();
        long first = System.nanoTime();
        int chars = reader.read("t.epub", epub).plainText().length();
        System.out.printf("first read (cold JVM): %d ms, %,d characters of text%n", (System.nanoTime() - first) / 1_000_000, chars);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 15; i++) {
            long start = System.nanoTime();
            reader.read("t.epub", epub);
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("warm, best of 15: %d ms%n", best / 1_000_000);
    }
}
