package quire.epub;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import quire.story.Block;
import quire.story.Inline;
import quire.story.Story;
import quire.story.StoryException;
import quire.story.StoryMetadata;

/**
 * A book's pages, in reading order, made into one story. Pages that are only metadata (AO3's preface,
 * FanFicFare's title, contents and log pages, a fichub-style title page) go to the consent screen, not
 * into the text; AO3's afterword gives the work's end notes, which close the story set apart. A page
 * the contents name starts a chapter: it gets that title as a heading when it has none of its own.
 */
final class StoryPages {
    /** One page of the book, with its title in the book's contents when it has one. */
    record Page(Element body, Optional<String> contentsTitle) {
    }

    private final List<StoryMetadata> sources = new ArrayList<>();
    private StoryMetadata ao3 = StoryMetadata.empty();
    /** AO3's preface while it is read, and the index of its last page so far: calibre may split it. */
    private MetadataDraft preface;
    private int prefaceEnd = -2;
    private StoryMetadata fanFicFare = StoryMetadata.empty();
    private StoryMetadata titlePage = StoryMetadata.empty();
    private final List<Block> endNotes = new ArrayList<>();

    /** How many of a book's first pages can be its title or preface pages. */
    static final int HEAD_PAGES = 3;

    /**
     * {@code singleFile}: one HTML page that holds the whole story, whose text is never dropped whole;
     * {@code hash}: the hash of the book's text files, the same as its head's.
     */
    static Story assemble(String fileName, String hash, List<Page> pages, List<StoryMetadata> lessTrusted,
                          boolean singleFile) throws StoryException {
        return new StoryPages().build(fileName, hash, pages, lessTrusted, singleFile);
    }

    /**
     * What the book's first pages say about it, for the consent screen before the rest is read: the
     * same sources, in the same order of trust, as {@link #assemble}, but for the work's end notes.
     * {@code pages} may be the whole book, parsed as asked: only the first {@link #HEAD_PAGES} are read,
     * and more while AO3's preface goes on over them.
     */
    static StoryMetadata metadataOf(List<Page> pages, List<StoryMetadata> lessTrusted, boolean singleFile) {
        StoryPages reading = new StoryPages();
        for (int i = 0; i < pages.size() && (i < HEAD_PAGES || reading.prefaceEnd == i - 1); i++) {
            reading.takeMetadata(pages.get(i).body(), singleFile, i);
        }
        return reading.merged(lessTrusted);
    }

    private StoryMetadata merged(List<StoryMetadata> lessTrusted) {
        sources.add(ao3);
        sources.add(fanFicFare);
        sources.add(titlePage);
        sources.addAll(lessTrusted);
        return MetadataDraft.merge(sources);
    }

    private Story build(String fileName, String hash, List<Page> pages, List<StoryMetadata> lessTrusted,
                        boolean singleFile) throws StoryException {
        List<List<Block>> chapters = new ArrayList<>();
        List<Optional<String>> titles = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Element body = pages.get(i).body();
            if (takeMetadata(body, singleFile, i)) {
                continue;
            }
            List<Block> blocks = XhtmlBlocks.of(body);
            if (!blocks.isEmpty()) {
                chapters.add(blocks);
                titles.add(pages.get(i).contentsTitle());
            }
        }
        List<Block> story = withTitles(chapters, titles);
        story.addAll(endNotes);
        if (story.isEmpty()) {
            throw new StoryException(fileName, "it holds no text to read: its pages are empty or only images.");
        }
        return new Story(fileName, hash, merged(lessTrusted), story);
    }

    /** Reads what {@code body} says about the story; true when the page is metadata only. */
    private boolean takeMetadata(Element body, boolean singleFile, int index) {
        if (!singleFile && takePrefacePart(body, index)) {
            return true;
        }
        Optional<Ao3Preface.Found> found = Ao3Preface.in(body);
        if (found.isPresent()) {
            if (ao3.isEmpty()) {
                preface = found.get().draft();
                prefaceEnd = index;
                ao3 = preface.build();
            }
            found.get().root().remove();
            if (!singleFile) {
                return true;
            }
        }
        takeEndNotes(body);
        if (body.hasClass("fff_titlepage")) {
            fanFicFare = fanFicFare.isEmpty() ? LabelLines.read(body, true).build() : fanFicFare;
            return true;
        }
        if (body.hasClass("fff_tocpage") || body.hasClass("fff_logpage") || body.hasClass("fff_coverpage")) {
            return true;
        }
        if (index < HEAD_PAGES && titlePage.isEmpty()) {
            LabelLines.Read lines = LabelLines.page(body);
            if (lines.titlePage() || lines.draft().fields() >= 3) {
                titlePage = lines.draft().build();
                return lines.titlePage() && !singleFile;
            }
        }
        return false;
    }

    /**
     * A page that goes on with the preface of the page before it, or one that opens the preface without
     * two of its rows (calibre cut the tags list short); read into the preface, kept out of the text.
     */
    private boolean takePrefacePart(Element body, int index) {
        boolean continues = preface != null && index == prefaceEnd + 1 && Ao3PrefacePart.isPart(body);
        boolean opens = !continues && ao3.isEmpty() && Ao3PrefacePart.opensPreface(body);
        if (!continues && !opens) {
            return false;
        }
        preface = continues ? preface : new MetadataDraft();
        Ao3Preface.readPart(preface, body);
        prefaceEnd = index;
        ao3 = preface.build();
        return true;
    }

    private void takeEndNotes(Element body) {
        Element notes = body.getElementById("endnotes");
        Element afterword = body.getElementById("afterword");
        if (notes != null) {
            Element quote = notes.selectFirst("blockquote");
            Element label = notes.selectFirst("p");
            if (quote != null) {
                List<Block> inner = new ArrayList<>();
                String heading = label == null ? "End Notes" : label.text().strip();
                inner.add(new Block.Paragraph(List.of(new Inline.Strong(List.of(new Inline.Text(heading))))));
                List<Block> text = XhtmlBlocks.of(quote);
                inner.addAll(text);
                endNotes.add(new Block.BlockQuote(inner));
                ao3 = MetadataDraft.merge(List.of(ao3, new MetadataDraft().endNotes(Block.plainText(text)).build()));
            }
            notes.remove();
        }
        if (afterword != null) {
            afterword.remove();
        }
    }

    /** Gives each chapter page its contents title as a heading when it does not start with one. */
    private static List<Block> withTitles(List<List<Block>> chapters, List<Optional<String>> titles) {
        Map<Integer, Integer> levels = new HashMap<>();
        for (List<Block> chapter : chapters) {
            if (chapter.get(0) instanceof Block.Heading heading) {
                levels.merge(heading.level(), 1, Integer::sum);
            }
        }
        int level = levels.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(2);
        List<Block> story = new ArrayList<>();
        for (int i = 0; i < chapters.size(); i++) {
            List<Block> chapter = chapters.get(i);
            if (titles.get(i).isPresent() && !(chapter.get(0) instanceof Block.Heading)) {
                story.add(new Block.Heading(level, List.of(new Inline.Text(titles.get(i).get()))));
            }
            story.addAll(chapter);
        }
        return story;
    }
}
