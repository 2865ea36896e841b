package quire.ui;

import java.util.OptionalInt;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** "Go to page" (key G): a page number, or a percentage such as "50%". Enter goes, Esc cancels. */
public final class GoToPageOverlay extends StackPane {
    private final TextField input = new TextField();

    public GoToPageOverlay(int currentPage, int pageCount, IntConsumer goTo, Runnable close) {
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
            OptionalInt page = parse(input.getText(), pageCount);
            if (page.isPresent()) {
                goTo.accept(page.getAsInt());
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

    /** The 0-based page for "12", "12 " or "50%", or empty when the text is neither. */
    static OptionalInt parse(String text, int pageCount) {
        String t = text == null ? "" : text.strip();
        try {
            if (t.endsWith("%")) {
                double percent = Double.parseDouble(t.substring(0, t.length() - 1).strip());
                if (percent < 0 || percent > 100) {
                    return OptionalInt.empty();
                }
                return OptionalInt.of(Math.min(pageCount - 1, (int) Math.floor(percent / 100 * pageCount)));
            }
            int page = Integer.parseInt(t);
            return page >= 1 && page <= pageCount ? OptionalInt.of(page - 1) : OptionalInt.empty();
        } catch (NumberFormatException notANumber) {
            return OptionalInt.empty();
        }
    }
}
