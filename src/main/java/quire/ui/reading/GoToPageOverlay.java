package quire.ui.reading;

import java.util.Optional;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * "Go to page" (key G): a page number, or a percentage such as "50%" (of the text, as the footer counts
 * it). Enter goes, Esc cancels.
 */
public final class GoToPageOverlay extends StackPane {
    private final TextField input = new TextField();

    /** Where the reader asked to go: a 0-based page, or a fraction of the text. */
    record Target(Optional<Integer> page, Optional<Double> fraction) {
    }

    public GoToPageOverlay(int currentPage, int pageCount, IntConsumer goToPage, DoubleConsumer goToFraction,
                           Runnable close) {
        getStyleClass().add("overlay");
        Label prompt = new Label("Go to page (1\u2013" + pageCount + ") or percent:");
        prompt.getStyleClass().add("field-value");
        prompt.setLabelFor(input);
        input.setId("go-to-page");
        input.setPromptText(String.valueOf(currentPage + 1));
        input.setPrefColumnCount(8);
        Label error = new Label();
        error.getStyleClass().add("field-name");
        error.setId("go-to-page-error");
        Button go = new Button("Go");
        go.setDefaultButton(true);
        Runnable submit = () -> {
            Optional<Target> target = parse(input.getText(), pageCount);
            if (target.isPresent()) {
                target.get().page().ifPresent(goToPage::accept);
                target.get().fraction().ifPresent(goToFraction::accept);
                close.run();
            } else {
                error.setText("Type a page from 1 to " + pageCount + ", or a percentage like 50%.");
            }
        };
        go.setOnAction(e -> submit.run());
        input.setOnAction(e -> submit.run());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> close.run());
        HBox row = new HBox(10, input, go, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(10, prompt, row, error);
        card.getStyleClass().add("card");
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(card);
    }

    public void focusDefault() {
        input.requestFocus();
    }

    /** A page for "12" (0-based 11), a fraction for "50%", or empty when the text is neither. */
    static Optional<Target> parse(String text, int pageCount) {
        String t = text == null ? "" : text.strip();
        try {
            if (t.endsWith("%")) {
                double percent = Double.parseDouble(t.substring(0, t.length() - 1).strip());
                return percent < 0 || percent > 100 ? Optional.empty()
                        : Optional.of(new Target(Optional.empty(), Optional.of(percent / 100)));
            }
            int page = Integer.parseInt(t);
            return page >= 1 && page <= pageCount
                    ? Optional.of(new Target(Optional.of(page - 1), Optional.empty())) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
