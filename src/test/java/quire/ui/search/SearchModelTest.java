package quire.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import quire.place.Anchor;
import quire.place.TextRange;
import quire.ui.RangeKind;
import quire.ui.RangeLayers;

class SearchModelTest {
    private static final List<String> BLOCKS = List.of("Can\u2019t get everything.", "Can\u2019t have me.", "You can\u2019t stop.");
    private final RangeLayers layers = new RangeLayers();
    private final List<Anchor> revealed = new ArrayList<>();
    private final List<Runnable> background = new ArrayList<>();
    private Anchor here = Anchor.START;

    /** Background work waits until {@link #runBackground()}, as it would on its own thread. */
    private final Executor later = background::add;

    private SearchModel model(Executor work) {
        return new SearchModel(BLOCKS, layers, () -> here, revealed::add, work, Runnable::run);
    }

    private void runBackground() {
        while (!background.isEmpty()) {
            background.remove(0).run();
        }
    }

    @Test
    void theFirstMatchShownIsTheFirstFromThePageInView() {
        here = new Anchor(1, 0);
        SearchModel search = model(Runnable::run);
        search.search("can't");
        assertThat(search.statusProperty().get()).isEqualTo("2 of 3");
        assertThat(revealed).containsExactly(new Anchor(1, 0));
        assertThat(layers.get(RangeKind.SEARCH_HIT)).hasSize(3);
        assertThat(layers.get(RangeKind.CURRENT_SEARCH_HIT)).containsExactly(TextRange.inBlock(1, 0, 5));
    }

    @Test
    void nextAndPreviousWrapAround() {
        SearchModel search = model(Runnable::run);
        search.search("CAN\u2019T");
        search.previous();
        assertThat(search.statusProperty().get()).isEqualTo("3 of 3");
        search.next();
        assertThat(search.statusProperty().get()).isEqualTo("1 of 3");
        assertThat(revealed).containsExactly(new Anchor(0, 0), new Anchor(2, 4), new Anchor(0, 0));
    }

    @Test
    void anAnswerForAQueryTheReaderHasSinceChangedIsDropped() {
        SearchModel search = model(later);
        search.search("get");
        search.search("have");
        assertThat(search.statusProperty().get()).isEqualTo("Searching\u2026");
        runBackground();
        assertThat(search.queryProperty().get()).isEqualTo("have");
        assertThat(search.matchesProperty().get()).containsExactly(TextRange.inBlock(1, 6, 10));
    }

    @Test
    void clearingForgetsTheHighlightsAndALateAnswer() {
        SearchModel search = model(later);
        search.search("stop");
        search.clear();
        runBackground();
        assertThat(search.matchesProperty().get()).isEmpty();
        assertThat(layers.get(RangeKind.SEARCH_HIT)).isEmpty();
        assertThat(search.statusProperty().get()).isEmpty();
        assertThat(revealed).isEmpty();
    }

    @Test
    void noMatchesIsSaidInWords() {
        SearchModel search = model(Runnable::run);
        search.search("vampire");
        assertThat(search.statusProperty().get()).isEqualTo("No matches");
        search.next();
        assertThat(revealed).isEmpty();
    }
}
