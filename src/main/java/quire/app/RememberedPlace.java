package quire.app;

import java.util.List;
import quire.marks.Bookmark;
import quire.marks.Reanchor;
import quire.marks.TextQuote;
import quire.place.Anchor;
import quire.place.TextRange;
import quire.settings.PlaceWords;
import quire.settings.StoryState;

/**
 * Where the reader was in a story. In the text they read it is the anchor kept; in a changed text
 * (a typo fixed, a chapter added) it is found again by the words that started it, as a bookmark is,
 * and when those words cannot be placed with confidence the kept anchor stands.
 */
final class RememberedPlace {
    private RememberedPlace() {
    }

    static Anchor of(StoryState state, List<String> blockTexts, boolean textChanged) {
        Anchor kept = new Anchor(state.block(), state.offset());
        PlaceWords words = state.place();
        if (!textChanged || words == null || words.exact().isEmpty()) {
            return kept;
        }
        TextRange range = new TextRange(kept, new Anchor(state.block(), state.offset() + words.exact().length()));
        TextQuote quote = new TextQuote(words.prefix(), words.exact(), words.suffix(), words.copies());
        Reanchor.Result found = new Reanchor(blockTexts).find(new Bookmark("place", range, quote, true));
        return found.how() == Reanchor.How.NOT_FOUND ? kept : found.mark().range().start();
    }

    /** The state with the reader now at {@code place}, and the words there. */
    static StoryState at(StoryState state, Anchor place, List<String> blockTexts) {
        TextQuote words = TextQuote.ofPlace(blockTexts, place);
        return state.withPosition(place.block(), place.offset(),
                new PlaceWords(words.prefix(), words.exact(), words.suffix(), words.copies()));
    }
}
