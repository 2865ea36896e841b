package quire.ui.search;

import quire.ui.command.Keys;
import quire.ui.command.ReaderCommand;
import quire.ui.command.SearchKeys;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * The search bar over the page (Ctrl+F or /). Typing searches after a short pause; Enter or F3 goes to
 * the next match, Shift+Enter or Shift+F3 to the previous; Ctrl+Shift+F or "All" lists every match; Esc
 * closes the bar. While its field has focus it takes the keys, so typing goes to the field; the window
 * gives page keys back when it closes.
 */
public final class SearchBar extends HBox {
    /** The pause after the last key before searching: long enough not to search on every letter. */
    static final Duration TYPING_PAUSE = Duration.millis(150);

    private final SearchModel search;
    private final TextField field = new TextField();
    private final Label count = new Label();
    private final Label where = new Label();
    private final PauseTransition typing = new PauseTransition(TYPING_PAUSE);

    /** What the bar asks of the reading view. */
    public interface Actions {
        void showAllMatches();

        void close();
    }

    public SearchBar(SearchModel search, Actions actions) {
        this.search = search;
        getStyleClass().add("search-bar");
        setId("search-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        field.setId("search-field");
        field.setPromptText("Search the story");
        field.setPrefColumnCount(18);
        count.setId("search-count");
        count.getStyleClass().add("search-count");
        count.textProperty().bind(search.statusProperty());
        count.setMinWidth(USE_PREF_SIZE);
        Button previous = button("\u2191", "Previous match (Shift+Enter, Shift+F3)", "search-previous");
        previous.setOnAction(e -> previous());
        Button next = button("\u2193", "Next match (Enter, F3)", "search-next");
        next.setOnAction(e -> next());
        Button all = button("All", "List every match (Ctrl+Shift+F)", "search-all");
        all.setOnAction(e -> {
            flush();
            actions.showAllMatches();
        });
        Button close = button("\u2715", "Close (Esc)", "search-close");
        close.setOnAction(e -> actions.close());
        where.setId("search-where");
        where.getStyleClass().add("search-count");
        where.setMinWidth(USE_PREF_SIZE);
        for (Button button : new Button[] {previous, next, all, close}) {
            button.setMinWidth(USE_PREF_SIZE);
        }
        where.managedProperty().bind(where.visibleProperty());
        getChildren().addAll(field, count, previous, next, all, close, where);

        typing.setOnFinished(e -> search.search(field.getText()));
        field.textProperty().addListener((o, was, now) -> typing.playFromStart());
        field.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (SearchKeys.NEXT_IN_FIELD.matches(event) || Keys.MAP.means(event, ReaderCommand.FIND_NEXT)) {
                next();
            } else if (SearchKeys.PREVIOUS_IN_FIELD.matches(event) || Keys.MAP.means(event, ReaderCommand.FIND_PREVIOUS)) {
                previous();
            } else if (Keys.MAP.means(event, ReaderCommand.ESCAPE)) {
                actions.close();
            } else if (Keys.MAP.means(event, ReaderCommand.FIND_ALL)) {
                flush();
                actions.showAllMatches();
            } else {
                return;
            }
            event.consume();
        });
    }

    /** Puts the caret in the field with its text selected, so typing replaces the last query. */
    public void focusField() {
        field.requestFocus();
        field.selectAll();
    }

    /** Starts a search for {@code text} at once (e.g. "Search for" on a selection). */
    public void searchFor(String text) {
        field.setText(text);
        flush();
    }

    /** Whether there is room to repeat the footer's page on the bar (not in a narrow window). */
    public void showWhere(javafx.beans.value.ObservableValue<Boolean> room) {
        where.visibleProperty().bind(room);
    }

    /** The page in view ("Page 3 of 12"), shown while the bar covers the footer that says it. */
    public void setWhere(String text) {
        where.setText(text);
    }

    public boolean fieldHasFocus() {
        return field.isFocused();
    }

    /** Next match; a query typed but not yet searched is searched first (its first match is shown). */
    public void next() {
        if (!flush()) {
            search.next();
        }
    }

    public void previous() {
        if (!flush()) {
            search.previous();
        }
    }

    /** Searches now if the typing pause is still running; true when it did. */
    private boolean flush() {
        boolean pending = typing.getStatus() == javafx.animation.Animation.Status.RUNNING
                || !field.getText().equals(search.queryProperty().get());
        if (pending) {
            typing.stop();
            search.search(field.getText());
        }
        return pending;
    }

    /** A button drawn with a symbol ({@code text}); screen readers name it by {@code tip}, less its keys. */
    private static Button button(String text, String tip, String id) {
        Button button = new Button(text);
        button.setAccessibleText(tip.replaceFirst(" \\(.*\\)$", ""));
        button.setId(id);
        button.getStyleClass().add("search-button");
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        return button;
    }
}
