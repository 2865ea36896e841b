package quire.story;

import java.util.List;

/**
 * A story's text cut in two: the metadata fields and the Markdown body that follows them. YAML front
 * matter wins when the file starts with a {@code ---} line; otherwise a leading run of fanfic-post
 * {@code Key: value} paragraphs is the header.
 */
record MetadataSplit(List<MetadataField> fields, String body) {

    MetadataSplit {
        fields = List.copyOf(fields);
    }

    static MetadataSplit of(String sourceName, String text) throws StoryException {
        if (FrontMatter.startsWithFence(text)) {
            return FrontMatter.split(sourceName, text);
        }
        return PostHeader.split(text);
    }
}
