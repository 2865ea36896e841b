package quire.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import quire.story.Story;
import quire.story.StoryException;
import quire.story.StoryReader;

/**
 * Long stories for tests and benchmarks: the bundled story's paragraphs repeated, with chapter headings,
 * scene breaks and some emphasis, until the Markdown reaches the size asked for. Each repetition
 * changes one word in five into a new one, so the vocabulary grows as a real novel's does (a measurer's
 * width cache would otherwise make long stories look cheaper than they are).
 */
public final class StoryGenerator {
    private StoryGenerator() {
    }

    public static String markdown(int bytes) {
        String[] paragraphs = bundledBody().split("\n\n");
        StringBuilder md = new StringBuilder("---\ntitle: Generated\nrating: T\n---\n");
        int chapter = 0;
        int i = 0;
        while (md.length() < bytes) {
            if (i % 60 == 0) {
                md.append("# Chapter ").append(++chapter).append("\n\n");
            } else if (i % 20 == 0) {
                md.append("* * *\n\n");
            }
            String p = vary(paragraphs[i % paragraphs.length], i / paragraphs.length);
            md.append(i % 7 == 3 ? p.replaceFirst("(\\p{L}+)", "*$1*") : p).append("\n\n");
            i++;
        }
        return md.toString();
    }

    /**
     * The same text as {@link #markdown} without its Markdown: about {@code bytes} of paragraphs, the
     * bundled story's repeated with every fifth word changed each round (for stories in other formats).
     */
    public static java.util.List<String> paragraphs(int bytes) {
        String[] paragraphs = bundledBody().split("\n\n");
        java.util.List<String> out = new java.util.ArrayList<>();
        long length = 0;
        for (int i = 0; length < bytes; i++) {
            String p = vary(paragraphs[i % paragraphs.length], i / paragraphs.length);
            out.add(p);
            length += p.length() + 2;
        }
        return out;
    }

    /** Repetition {@code round} of a paragraph, with every fifth word given a suffix of that round. */
    private static String vary(String paragraph, int round) {
        if (round == 0) {
            return paragraph;
        }
        String suffix = Integer.toString(round, 26).replaceAll("[0-9]", "x");
        String[] words = paragraph.split(" ");
        for (int w = round % 5; w < words.length; w += 5) {
            if (words[w].matches("\\p{L}{3,}")) {
                words[w] = words[w] + suffix;
            }
        }
        return String.join(" ", words);
    }

    public static Story story(int bytes) {
        try {
            return new StoryReader().parse("generated.md", markdown(bytes).getBytes(StandardCharsets.UTF_8));
        } catch (StoryException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a generated story of about {@code args[1]} bytes to {@code args[0]} (for src/bench/long-works.sh). */
    public static void main(String[] args) throws IOException {
        java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]), markdown(Integer.parseInt(args[1])),
                StandardCharsets.UTF_8);
    }

    private static String bundledBody() {
        try (InputStream in = StoryReader.class.getResourceAsStream("/story/story.md")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.substring(text.indexOf("\n---\n", 4) + 5).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
