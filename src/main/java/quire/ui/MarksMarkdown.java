package quire.ui;

import java.util.OptionalInt;
import quire.layout.Pagination;
import quire.marks.MarksExport;

/** The reading view's marks as Markdown, with the page each is on in the pages of the moment. */
public final class MarksMarkdown {
    private MarksMarkdown() {
    }

    public static String of(ReaderModel reader, MarksModel marks) {
        reader.finishLayout(); // page numbers must be exact
        Pagination pages = reader.paginationProperty().get();
        return MarksExport.markdown(WindowTitle.storyName(reader.story().metadata()).orElse(""),
                reader.story().metadata().rating(), marks.book().marks(),
                mark -> new MarksExport.Where(pages == null ? OptionalInt.empty()
                        : OptionalInt.of(pages.pageIndexOf(mark.range().start()) + 1),
                        reader.percentAt(mark.range().start())));
    }

    /** A file name for the export: the story's name made safe for any file system, e.g. "Spike-Xander marks.md". */
    public static String fileName(ReaderModel reader) {
        String name = WindowTitle.storyName(reader.story().metadata()).orElse("Quire");
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "-").strip();
        return (safe.isEmpty() ? "Quire" : safe) + " marks.md";
    }
}
