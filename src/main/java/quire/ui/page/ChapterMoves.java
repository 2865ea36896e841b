package quire.ui.page;

import java.util.List;
import java.util.Optional;
import quire.layout.Chapter;

/**
 * Moving by chapter in the reading view (Ctrl+Page Down, Ctrl+Page Up), and which chapter is in view:
 * the one that holds where the reader is reading (the page's first word, or Scroll mode's top line).
 */
public final class ChapterMoves {
    private final ReaderModel model;

    ChapterMoves(ReaderModel model) {
        this.model = model;
    }

    /** The chapter in view, if the story has chapters. */
    public Optional<Chapter> current() {
        return model.pageStart().flatMap(start -> model.chapters().at(start));
    }

    /** Goes to the first page of the next chapter. */
    public void next() {
        model.pageStart().flatMap(start -> model.chapters().after(start)).ifPresent(chapter -> model.reveal(chapter.start()));
    }

    /**
     * Goes to the first page of this chapter, or of the one before when already there, as a book's
     * previous-chapter button does.
     */
    public void previous() {
        model.pageStart().ifPresent(start -> {
            Optional<Chapter> here = model.chapters().at(start);
            if (here.isPresent() && here.get().start().compareTo(start) < 0) {
                model.reveal(here.get().start());
            } else {
                List<Chapter> all = model.chapters().list();
                int index = here.map(c -> c.number() - 2).orElse(-1);
                if (index >= 0) {
                    model.reveal(all.get(index).start());
                }
            }
        });
    }
}
