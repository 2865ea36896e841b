package quire.ui.reading;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import quire.layout.Chapter;
import quire.layout.Pagination;
import quire.ui.page.ReaderModel;

/**
 * The reading view's footer: where the reader is ("Ch. 3 · Page 41 of 380 · 11% · 9 min left"), in the
 * longest of {@link FooterText}'s forms that fits the bar, or the counting progress while a long story's
 * pages are counted. It also answers the short form the search bar repeats while it covers the footer.
 */
final class ReaderFooter {
    private final Label words = new Label();
    private final StackPane bar = new StackPane(words);
    /** Measures the footer's words in its font, to pick the longest form that fits. */
    private final Text probe = new Text();

    ReaderFooter() {
        words.getStyleClass().add("reader-footer");
        words.setId("reader-footer");
        bar.getStyleClass().add("reader-footer-bar");
        StackPane.setAlignment(words, Pos.CENTER);
    }

    /** The bar across the bottom of the reading view, which holds the words. */
    StackPane bar() {
        return bar;
    }

    String text() {
        return words.getText();
    }

    /** The footer's words name {@code page} for screen readers: the page is read as "Page 3 of 12 · …". */
    void names(javafx.scene.Node page) {
        words.setLabelFor(page);
    }

    /** While read aloud's bar sits over the footer's right end, the words move to its left end. */
    void makeRoomOnTheRight(boolean room) {
        StackPane.setAlignment(words, room ? Pos.CENTER_LEFT : Pos.CENTER);
        StackPane.setMargin(words, room ? new Insets(0, 0, 0, 16) : null);
    }

    /**
     * Shows where the reader is; {@code scrollMode} is true in Scroll mode, which has no pages to name. Answers
     * the short form for the search bar ("Page 3 of 12", or the percentage), or null with nothing laid out.
     */
    String show(ReaderModel model, boolean scrollMode) {
        Pagination pagination = model.paginationProperty().get();
        if (pagination == null) {
            return null;
        }
        int percent = (int) Math.floor(model.fractionRead() * 100);
        if (scrollMode) {
            fit(FooterText.inScrollMode(model.byChapter().current().map(Chapter::number), percent,
                    model.time().minutesLeftInChapter(), model.fractionRead() >= 1));
            return percent + "%";
        }
        if (!model.exactProperty().get()) {
            int done = (int) Math.floor(model.layoutProgressProperty().get() * 100);
            words.setText(percent + "% read" + FooterText.DOT + "counting pages\u2026 " + done + "%");
            return percent + "%";
        }
        int first = model.pageIndexProperty().get();
        int last = model.lastInView();
        FooterText facts = new FooterText(model.byChapter().current().map(Chapter::number), first + 1, last + 1,
                pagination.pageCount(), percent, model.time().minutesLeftInChapter(), last >= pagination.pageCount() - 1);
        fit(facts.variants());
        return facts.pages();
    }

    private void fit(List<String> forms) {
        double room = bar.getWidth() - bar.snappedLeftInset() - bar.snappedRightInset();
        words.setText(room <= 0 ? forms.get(0) : FooterText.longestThatFits(forms, room, this::width));
    }

    private double width(String text) {
        probe.setFont(words.getFont());
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }
}
