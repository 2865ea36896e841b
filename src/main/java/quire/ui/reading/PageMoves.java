package quire.ui.reading;

import java.util.function.Consumer;
import quire.ui.command.CommandTable;
import quire.ui.command.ReaderCommand;
import quire.ui.page.ReaderModel;
import quire.ui.scroll.ScrollModel;

/**
 * The move keys of the reading screen: in Scroll mode they move the column (a line, a screen less one
 * line, an end), else they turn pages and chapters. Each is a move the reader asked for, handed to
 * {@code byReader} so that read aloud can follow it.
 */
final class PageMoves {
    private PageMoves() {
    }

    /** Scroll mode's moves first, each while it is on, then the page turns. */
    static void install(CommandTable commands, ReaderModel model, ScrollModel scroll, Consumer<Runnable> byReader) {
        MoveKey scrolls = (command, move) -> commands.when(command, scroll::active, () -> byReader.accept(move));
        scrolls.on(ReaderCommand.NEXT_LINE, scroll::lineDown);
        scrolls.on(ReaderCommand.PREVIOUS_LINE, scroll::lineUp);
        scrolls.on(ReaderCommand.NEXT_PAGE, scroll::screenDown);
        scrolls.on(ReaderCommand.PREVIOUS_PAGE, scroll::screenUp);
        scrolls.on(ReaderCommand.FIRST_PAGE, scroll::toStart);
        scrolls.on(ReaderCommand.LAST_PAGE, scroll::toEnd);
        MoveKey turns = (command, turn) -> commands.on(command, () -> byReader.accept(turn));
        turns.on(ReaderCommand.NEXT_PAGE, model::nextPage);
        turns.on(ReaderCommand.NEXT_LINE, model::nextPage);
        turns.on(ReaderCommand.PREVIOUS_PAGE, model::previousPage);
        turns.on(ReaderCommand.PREVIOUS_LINE, model::previousPage);
        turns.on(ReaderCommand.FIRST_PAGE, model::firstPage);
        turns.on(ReaderCommand.LAST_PAGE, model::lastPage);
        turns.on(ReaderCommand.NEXT_CHAPTER, model.byChapter()::next);
        turns.on(ReaderCommand.PREVIOUS_CHAPTER, model.byChapter()::previous);
    }

    /** What one key does: {@code command} runs {@code move}. */
    private interface MoveKey {
        void on(ReaderCommand command, Runnable move);
    }
}
