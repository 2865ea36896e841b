package quire.ui.marks;

import java.util.OptionalInt;
import quire.layout.Pagination;
import quire.marks.ExportFormat;
import quire.marks.ExportedStory;
import quire.marks.MarksExport;
import quire.ui.WindowTitle;
import quire.ui.page.ReaderModel;

/** The reading view's marks as Markdown or JSON, with the page each is on in the pages of the moment. */
public final class ExportedMarks {
    private ExportedMarks() {
    }

    public static String text(ReaderModel reader, MarksModel marks, ExportFormat format) {
        reader.finishLayout(); // page numbers must be exact
        Pagination pages = reader.paginationProperty().get();
        ExportedStory story = new ExportedStory(WindowTitle.storyName(reader.story().metadata()).orElse(""),
                reader.story().sourceName(), reader.story().metadata().rating(), reader.blockTexts());
        return format.text(story, marks.book().marks(),
                mark -> new MarksExport.Where(pages == null ? OptionalInt.empty()
                        : OptionalInt.of(pages.pageIndexOf(mark.range().start()) + 1),
                        reader.labels().percentAt(mark.range().start())));
    }

    /** A file name for the export: the story's name made safe for any file system, e.g. "Spike-Xander marks.md". */
    public static String fileName(ReaderModel reader) {
        String name = WindowTitle.storyName(reader.story().metadata()).orElse("Quire");
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "-").strip();
        return (safe.isEmpty() ? "Quire" : safe) + " marks.md";
    }
}
