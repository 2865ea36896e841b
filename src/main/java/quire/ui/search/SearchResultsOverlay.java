package quire.ui.search;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import quire.place.Anchor;
import quire.place.TextRange;
import quire.text.SearchMatch;
import quire.ui.panel.ListPanel;
import quire.ui.panel.WrappingCell;

/**
 * Every match of the search (Ctrl+Shift+F, or "All" on the search bar): a few words around each, with
 * its page number. Arrow keys and Enter, or a click, go to a match; Esc closes. In a long story whose
 * exact pages are still being counted, the list opens at once with percentages, and page numbers appear
 * when known.
 */
public final class SearchResultsOverlay extends StackPane {
    private final ListView<TextRange> list = new ListView<>();
    /** Kept by the panel so the weak listener lives as long as the panel does. */
    private final javafx.beans.InvalidationListener refreshWhenPagesAreKnown;

    /**
     * @param pageOf the 1-based page of a place once pages are exact, else the percent read there ("38%")
     */
    public SearchResultsOverlay(SearchModel search, Function<Anchor, String> pageOf,
                                javafx.beans.value.ObservableValue<Boolean> pagesExact, Runnable close) {
        getStyleClass().add("overlay");
        int count = search.matchesProperty().get().size();
        String query = search.queryProperty().get();
        Label title = new Label(count == 0 ? "No matches for \u201c" + query + "\u201d"
                : count + (count == 1 ? " match" : " matches") + " for \u201c" + query + "\u201d");
        title.getStyleClass().add("panel-title");
        title.setId("search-results-title");
        list.setId("search-results");
        list.getItems().setAll(search.matchesProperty().get());
        list.setCellFactory(view -> new MatchCell(search, pageOf));
        list.setPrefSize(620, 420);
        refreshWhenPagesAreKnown = o -> list.refresh();
        pagesExact.addListener(new javafx.beans.WeakInvalidationListener(refreshWhenPagesAreKnown));
        list.setPlaceholder(new Label("Type in the search bar to find words in the story."));
        Runnable choose = () -> {
            int index = list.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                search.goTo(index);
                close.run();
            }
        };
        ListPanel.onChoose(list, choose);
        if (count > 0) {
            ListPanel.selectInView(list, Math.max(0, search.currentProperty().get()));
        }
        getChildren().add(ListPanel.card(title, list, close));
    }

    public void focusDefault() {
        list.requestFocus();
    }

    /** One match: its page, then the words around it with the match in bold, wrapped to the list. */
    private static final class MatchCell extends WrappingCell<TextRange> {
        private final SearchModel search;
        private final Function<Anchor, String> pageOf;

        MatchCell(SearchModel search, Function<Anchor, String> pageOf) {
            this.search = search;
            this.pageOf = pageOf;
            getStyleClass().add("match-cell");
        }

        @Override
        protected void updateItem(TextRange item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            SearchMatch match = search.context(item);
            Label page = new Label(pageOf.apply(item.start()));
            page.getStyleClass().add("match-page");
            page.setMinWidth(64);
            Text before = styled(match.before(), "match-context");
            Text matched = styled(match.matched(), "match-text");
            Text after = styled(match.after(), "match-context");
            TextFlow words = new TextFlow(before, matched, after);
            words.setMinWidth(0);
            HBox.setHgrow(words, Priority.ALWAYS);
            HBox row = new HBox(10, page, words);
            row.setAlignment(Pos.TOP_LEFT);
            setGraphic(row);
        }

        private static Text styled(String text, String styleClass) {
            Text node = new Text(text);
            node.getStyleClass().add(styleClass);
            return node;
        }
    }
}
