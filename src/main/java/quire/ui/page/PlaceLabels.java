package quire.ui.page;

import quire.layout.Pagination;
import quire.layout.TextProgress;
import quire.place.Anchor;

/**
 * How a place in the story is named in lists (contents, marks, matches, exports): by its page once the
 * pages are exact, and until then by how far into the text it is, so no page number shown can change.
 */
public final class PlaceLabels {
    private final ReaderModel model;
    private final TextProgress progress;

    PlaceLabels(ReaderModel model, TextProgress progress) {
        this.model = model;
        this.progress = progress;
    }

    /** "p. 12" for a place once pages are exact; until then where it is in the text, "38%". */
    public String pageLabel(Anchor place) {
        Pagination p = model.paginationProperty().get();
        if (p != null && model.exactProperty().get()) {
            return "p. " + (p.pageIndexOf(place) + 1);
        }
        return percentAt(place) + "%";
    }

    /** "p. 12 · 38%" once pages are exact; until then just "38%", never the percent twice. */
    public String placeLabel(Anchor place) {
        String page = pageLabel(place);
        return model.exactProperty().get() && model.paginationProperty().get() != null
                ? page + " \u00b7 " + percentAt(place) + "%" : page;
    }

    /** How far through the story {@code place} is, in whole percent. */
    public int percentAt(Anchor place) {
        return (int) Math.floor(progress.fractionOf(place) * 100);
    }
}
