package quire.marks;

import java.util.List;
import java.util.Optional;

/**
 * What an export says about the story its marks are in.
 *
 * @param name       the title, else the main pairing; blank when the story has neither
 * @param source     the story's file as the reader would name it ("story.md"), which the marks point into
 * @param blockTexts the story's paragraphs as Quire shows them, which the marks' places count in
 */
public record ExportedStory(String name, String source, Optional<String> rating, List<String> blockTexts) {
    public ExportedStory {
        name = name == null ? "" : name;
        source = source == null ? "" : source;
        rating = rating == null ? Optional.empty() : rating;
        blockTexts = List.copyOf(blockTexts);
    }
}
