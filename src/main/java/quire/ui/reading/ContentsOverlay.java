package quire.ui.reading;

import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import quire.layout.Chapter;
import quire.ui.page.ReaderModel;
import quire.ui.panel.ListPanel;
import quire.ui.panel.WrappingCell;

/**
 * The contents (C): every chapter with its title, its page and how long it takes to read; the chapter
 * in view is marked, chapters already read are ticked. Arrow keys and Enter, or a click, go to a chapter;
 * Esc closes. On a long story whose pages are still being counted it opens at once, showing where each
 * chapter is in percent, and page numbers appear when known.
 */
public final class ContentsOverlay extends StackPane {
    private final ListView<Chapter> list = new ListView<>();
    /** Kept by the panel so the weak listener lives as long as the panel does. */
    private final InvalidationListener refreshWhenPagesAreKnown = o -> list.refresh();

    public ContentsOverlay(ReaderModel model, Runnable close) {
        getStyleClass().add("overlay");
        List<Chapter> chapters = model.chapters().list();
        Optional<Chapter> current = model.byChapter().current();
        Label title = new Label(chapters.isEmpty() ? "Contents" : "Contents \u00b7 " + chapters.size() + " chapters");
        title.getStyleClass().add("panel-title");
        list.setId("contents");
        title.setLabelFor(list); // screen readers name the list by its title
        list.getItems().setAll(chapters);
        list.setPlaceholder(new Label("This story is not divided into chapters."));
        list.setCellFactory(view -> new ChapterCell(model, current));
        list.setPrefSize(560, Math.min(460, 60 + 44.0 * Math.max(3, chapters.size())));
        model.exactProperty().addListener(new WeakInvalidationListener(refreshWhenPagesAreKnown));
        Runnable choose = () -> {
            Chapter chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                close.run();
                model.reveal(chosen.start());
            }
        };
        ListPanel.onChoose(list, choose);
        if (current.isPresent()) {
            ListPanel.selectInView(list, current.get().number() - 1);
        } else {
            list.getSelectionModel().selectFirst();
        }
        getChildren().add(ListPanel.card(title, list, close));
    }

    public void focusDefault() {
        list.requestFocus();
    }

    /** A chapter: read (✓) or in view (▸), its title (wrapped to the list), then its page and length. */
    private static final class ChapterCell extends WrappingCell<Chapter> {
        private final ReaderModel model;
        private final Optional<Chapter> current;

        ChapterCell(ReaderModel model, Optional<Chapter> current) {
            this.model = model;
            this.current = current;
            getStyleClass().add("chapter-cell");
        }

        @Override
        protected void updateItem(Chapter chapter, boolean empty) {
            super.updateItem(chapter, empty);
            setText(null);
            if (empty || chapter == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            boolean here = current.map(chapter::equals).orElse(false);
            boolean read = !here && current.map(c -> c.number() > chapter.number()).orElse(false);
            Label mark = new Label(here ? "\u25b8" : read ? "\u2713" : "");
            mark.getStyleClass().add("chapter-mark");
            mark.setMinWidth(18);
            Label name = new Label(chapter.title().isBlank() ? "Chapter " + chapter.number() : chapter.title());
            name.getStyleClass().add(here ? "chapter-title-current" : "chapter-title");
            name.setMinWidth(0);
            name.setWrapText(true); // a long title wraps inside the list, the page and length beside it
            name.setMinHeight(USE_PREF_SIZE);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Label where = new Label(model.labels().pageLabel(chapter.start()) + "  \u00b7  " + model.time().minutesOf(chapter) + " min");
            where.getStyleClass().add("match-page");
            where.setMinWidth(USE_PREF_SIZE);
            HBox row = new HBox(8, mark, name, gap, where);
            row.setAlignment(Pos.TOP_LEFT);
            setGraphic(row);
            setAccessibleText((read ? "read: " : here ? "current: " : "") + name.getText() + ", " + where.getText());
        }
    }
}
