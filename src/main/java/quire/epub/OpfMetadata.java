package quire.epub;

import java.util.List;
import java.util.regex.Pattern;
import quire.story.Block;
import quire.story.StoryMetadata;

/**
 * The least trusted source: the package file's Dublin Core. {@code dc:description} holds HTML and is
 * read as text; each {@code dc:subject} is a tag. {@code dc:identifier} and {@code dc:source} are kept
 * so a work downloaded again is known to be the same, except a random UUID, which a converter makes
 * afresh each time and so identifies nothing.
 */
final class OpfMetadata {
    private static final Pattern RANDOM_ID = Pattern.compile(
            "(?i)(urn:uuid:|uuid:|calibre:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private OpfMetadata() {
    }

    static StoryMetadata of(PackageDocument opf) {
        MetadataDraft draft = new MetadataDraft();
        opf.dc("title").stream().findFirst().ifPresent(draft::title);
        List<String> creators = opf.dc("creator");
        if (!creators.isEmpty()) {
            draft.author(String.join(", ", creators));
        }
        opf.dc("description").stream().findFirst()
                .ifPresent(html -> draft.summary(Block.plainText(XhtmlBlocks.of(Markup.fragment(html)))));
        draft.tags(opf.dc("subject"));
        opf.dc("language").stream().findFirst().ifPresent(language -> draft.other("Language", language));
        opf.dc("source").stream().findFirst().ifPresent(source -> draft.other("Source", source));
        opf.dc("identifier").stream().filter(id -> !RANDOM_ID.matcher(id.strip()).matches()).findFirst()
                .ifPresent(id -> draft.other("Identifier", id));
        return draft.build();
    }
}
