package quire.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quire.layout.StoryGenerator;
import quire.story.Story;
import quire.story.StoryException;
import quire.story.StoryReader;

/** A story is known again after the edits a reader's stories really get, and never confused with another. */
class KnownStoriesTest {
    private static final String BUNDLED = bundledMarkdown();

    private static String bundledMarkdown() {
        try (var in = KnownStoriesTest.class.getResourceAsStream("/story/story.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Story story(String markdown) {
        try {
            return new StoryReader().parse("story.md", markdown.getBytes(StandardCharsets.UTF_8));
        } catch (StoryException e) {
            throw new AssertionError(e);
        }
    }

    private static StoryIdentity identity(String markdown, String file) {
        return StoryIdentity.of(story(markdown), Optional.of(Path.of(file)));
    }

    private static Optional<KnownStories.Known> recognise(StoryIdentity story, StoryIdentity... remembered) {
        Map<String, StoryIdentity> known = new LinkedHashMap<>();
        for (int i = 0; i < remembered.length; i++) {
            known.put("key" + i, remembered[i]);
        }
        return KnownStories.recognise(story, known);
    }

    @Test
    void theSameTextIsTheSameStoryWhereverItIs() {
        StoryIdentity read = identity(BUNDLED, "/home/r/Downloads/story.md");
        StoryIdentity moved = identity(BUNDLED, "/home/r/Stories/spike.md");
        assertThat(recognise(moved, read)).get().satisfies(k -> {
            assertThat(k.key()).isEqualTo("key0");
            assertThat(k.how()).isEqualTo(KnownStories.How.SAME_TEXT);
            assertThat(k.changed()).isFalse();
        });
    }

    @Test
    void aTypoFixedIsTheSameStoryChanged() {
        StoryIdentity read = identity(BUNDLED, "/home/r/story.md");
        StoryIdentity fixed = identity(BUNDLED.replace("a puff smoke", "a puff of smoke"), "/home/r/story.md");
        assertThat(fixed.contentHash()).isNotEqualTo(read.contentHash());
        KnownStories.Known known = recognise(fixed, read).orElseThrow();
        assertThat(known.key()).isEqualTo("key0");
        assertThat(known.changed()).isTrue();
        assertThat(known.shared()).isGreaterThan(0.95);
    }

    @Test
    void aWorkInProgressWithANewChapterMovedElsewhereIsKnownByItsText() {
        String body = StoryGenerator.markdown(30_000);
        String longer = body + "\n\n# Chapter 99\n\n" + StoryGenerator.markdown(20_000).replaceFirst("(?s)^---.*?---\n", "")
                .replace("Xander", "Faith");
        StoryIdentity read = identity(body, "/old/place.md");
        StoryIdentity updated = identity(longer, "/new/place.md");
        KnownStories.Known known = recognise(updated, read).orElseThrow();
        assertThat(known.how()).isEqualTo(KnownStories.How.SIMILAR_TEXT);
        assertThat(read.sketch().containedIn(updated.sketch())).isGreaterThan(0.9);
    }

    @Test
    void curledOrStraightenedQuotesAndCapitalsChangeNothingInTheSketch() {
        String straight = BUNDLED.replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"');
        TextSketch curly = TextSketch.of(story(BUNDLED).plainText());
        assertThat(curly.containedIn(TextSketch.of(story(straight).plainText()))).isEqualTo(1.0);
        assertThat(curly.containedIn(TextSketch.of(story(BUNDLED.toUpperCase(java.util.Locale.ROOT)).plainText())))
                .isEqualTo(1.0);
    }

    @Test
    void anotherStoryInTheSameFileIsANewStory() {
        StoryIdentity read = identity(BUNDLED, "/home/r/story.md");
        StoryIdentity other = identity("---\ntitle: Something else\n---\n\n" + StoryGenerator.markdown(8_000)
                .replaceFirst("(?s)^---.*?---\n", "").replaceAll("[A-Za-z]+", "$0e"), "/home/r/story.md");
        assertThat(recognise(other, read)).isEmpty();
    }

    @Test
    void theSameFileOrNameWithSomeOfTheTextIsTheSameStoryRewritten() {
        String[] paragraphs = BUNDLED.split("\n\n");
        StringBuilder rewritten = new StringBuilder();
        for (int i = 0; i < paragraphs.length; i++) {
            rewritten.append(i % 3 == 0 ? paragraphs[i] : paragraphs[i].replaceAll("([a-z]{4,})", "$1ly")).append("\n\n");
        }
        StoryIdentity read = identity(BUNDLED, "/home/r/story.md");
        StoryIdentity sameFile = identity(rewritten.toString(), "/home/r/story.md");
        StoryIdentity elsewhere = identity(rewritten.toString(), "/home/r/other.md");
        assertThat(KnownStories.shared(read.sketch(), sameFile.sketch())).isBetween(0.2, 0.6);
        assertThat(recognise(sameFile, read)).get().extracting(KnownStories.Known::how)
                .isEqualTo(KnownStories.How.SAME_FILE_OR_NAME);
        assertThat(recognise(elsewhere, read)).as("same summary, no title or author").get()
                .extracting(KnownStories.Known::how).isEqualTo(KnownStories.How.SAME_FILE_OR_NAME);
    }

    @Test
    void aSharedIdentifierWinsOverSimilarText() {
        String withLink = BUNDLED.replaceFirst("---\n", "---\nurl: https://archiveofourown.org/works/123/\n");
        StoryIdentity byLink = identity(withLink.replace("puff smoke", "puff of smoke"), "/a.md");
        StoryIdentity twin = identity(BUNDLED, "/b.md");
        StoryIdentity linked = identity(withLink.replace("Spike smirked", "Spike grinned"), "/c.md");
        assertThat(byLink.ids()).containsExactly("archiveofourown.org/works/123");
        assertThat(recognise(byLink, twin, linked)).get().satisfies(k -> {
            assertThat(k.key()).isEqualTo("key1");
            assertThat(k.how()).isEqualTo(KnownStories.How.SAME_IDENTIFIER);
        });
    }

    @Test
    void aShortExcerptOfALongStoryIsNotThatStory() {
        String whole = StoryGenerator.markdown(200_000);
        String excerpt = "---\ntitle: Excerpt\n---\n\n" + BUNDLED.split("\n\n")[8];
        assertThat(recognise(identity(excerpt, "/x.md"), identity(whole, "/y.md"))).isEmpty();
    }
}
