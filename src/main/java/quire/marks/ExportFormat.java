package quire.marks;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The two ways marks leave Quire: Markdown for a reader, JSON (W3C Web Annotations) for other tools. */
public enum ExportFormat {
    MARKDOWN("Markdown", "md"),
    JSON("JSON, W3C Web Annotations", "json");

    private final String label;
    private final String extension;

    ExportFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    /** The format's name in a file dialog. */
    public String label() {
        return label;
    }

    /** Its file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The marks in this format. */
    public String text(ExportedStory story, List<Mark> marks, Function<Mark, MarksExport.Where> where) {
        return this == JSON ? MarksJson.json(story, marks, where)
                : MarksExport.markdown(story.name(), story.rating(), marks, where);
    }

    /**
     * The format a file's name asks for, in any case: ".json" is JSON, ".md" or ".markdown" Markdown;
     * any other name gets {@code otherwise} (on the command line, Markdown).
     */
    public static ExportFormat named(String fileName, ExportFormat otherwise) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return JSON;
        }
        return name.endsWith(".md") || name.endsWith(".markdown") ? MARKDOWN : otherwise;
    }
}
