package quire.layout;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import quire.place.BlockRole;
import quire.story.ImageData;
import quire.story.Story;

/**
 * A story flattened once into the leaf blocks the engine lays out, with its language's hyphenation
 * patterns. Keep one per story: every re-layout (resize, font change) starts from it instead of walking
 * the story again. The patterns load on a thread of their own as soon as the story is prepared, so they
 * are read while the reader is still on the first screen; a layout that needs them before they are
 * read waits for them (about 30 ms at most), so the same settings always give the same pages.
 */
public final class PreparedStory {
    private final List<LeafBlock> blocks;
    private final List<String> blockTexts;
    private final long characters;
    private Chapters chapters;
    private final String language;
    private final CompletableFuture<Optional<Hyphenator>> hyphenator;

    private PreparedStory(List<LeafBlock> blocks, String language) {
        this.blocks = blocks;
        this.blockTexts = blocks.stream().map(LeafBlock::text).toList();
        this.characters = blockTexts.stream().mapToLong(String::length).sum();
        this.language = language;
        this.hyphenator = HyphenationLibrary.loadInBackground(language);
    }

    public static PreparedStory of(Story story) {
        return new PreparedStory(BlockFlattener.flatten(story), language(story.metadata().otherFields()));
    }

    /** The story's language: its front matter's {@code language:} (AO3 writes it), English when absent. */
    public static String languageOf(Story story) {
        return language(story.metadata().otherFields());
    }

    private static String language(Map<String, String> fields) {
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String key = field.getKey().strip().toLowerCase(Locale.ROOT);
            if ((key.equals("language") || key.equals("lang")) && !field.getValue().isBlank()) {
                return field.getValue().strip();
            }
        }
        return "en";
    }

    List<LeafBlock> blocks() {
        return blocks;
    }

    /** Each leaf block's text, in reading order: what anchors index into. */
    public List<String> blockTexts() {
        return blockTexts;
    }

    /** The pictures of the story's picture blocks, by leaf block index (empty for most stories). */
    public Map<Integer, ImageData> pictures() {
        Map<Integer, ImageData> pictures = new java.util.HashMap<>();
        for (LeafBlock block : blocks) {
            if (block.picture() != null) {
                pictures.put(block.index(), block.picture());
            }
        }
        return Map.copyOf(pictures);
    }

    /** Each leaf block's role, in reading order, parallel to {@link #blockTexts()}. */
    public List<BlockRole> blockRoles() {
        return blocks.stream().map(block -> switch (block.kind()) {
            case HEADING -> BlockRole.HEADING;
            case SCENE_BREAK -> BlockRole.SCENE_BREAK;
            case PARAGRAPH, PREFORMATTED, IMAGE -> BlockRole.PARAGRAPH;
        }).toList();
    }

    /** The story's chapters (none when it is not divided into chapters); found once, when first asked. */
    public synchronized Chapters chapters() {
        if (chapters == null) {
            chapters = Chapters.of(this);
        }
        return chapters;
    }

    /** Characters of text in the whole story. */
    public long characters() {
        return characters;
    }

    /** The story's language as its front matter gives it ("en" when it does not). */
    public String language() {
        return language;
    }

    /**
     * The language's patterns, or null when this machine has none; waits if they are still loading (with
     * {@code -Dquire.logTimings=true}, says how long).
     */
    Hyphenator hyphenator() {
        if (!hyphenator.isDone() && Boolean.getBoolean("quire.logTimings")) {
            long start = System.nanoTime();
            hyphenator.join();
            System.err.printf(Locale.ROOT, "quire: the layout waited %.1f ms for the hyphenation patterns%n",
                    (System.nanoTime() - start) / 1e6);
        }
        return hyphenator.join().orElse(null);
    }
}
