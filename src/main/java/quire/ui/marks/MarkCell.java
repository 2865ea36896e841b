package quire.ui.marks;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import quire.marks.Highlight;
import quire.marks.Mark;
import quire.ui.RangeKind;

/** One mark in the marks panel: where it is, its colour, the first words it quotes, and its note. */
final class MarkCell extends ListCell<Mark> {
    /** A long quote shows its first words only; the whole is in the export. */
    static final int QUOTE_SHOWN = 160;

    private final Function<Mark, String> whereOf;

    MarkCell(Function<Mark, String> whereOf) {
        this.whereOf = whereOf;
        getStyleClass().add("mark-cell");
    }

    @Override
    protected void updateItem(Mark item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        Label where = new Label(item.found() ? whereOf.apply(item) : "not found in this version");
        where.getStyleClass().add("match-page");
        where.setMinWidth(92);
        where.setWrapText(true);
        where.setMaxWidth(92);
        Rectangle swatch = new Rectangle(12, 12);
        swatch.getStyleClass().add(item instanceof Highlight h ? RangeKind.highlight(h.colour()).styleClass()
                : "bookmark-ribbon");
        Label quote = new Label((item instanceof Highlight ? "" : "Bookmark: ") + firstWords(item.quote().exact()));
        quote.getStyleClass().add("mark-quote");
        quote.setWrapText(true);
        VBox words = new VBox(2, quote);
        if (item instanceof Highlight h && h.hasNote()) {
            Label note = new Label(h.note());
            note.getStyleClass().add("mark-note");
            note.setWrapText(true);
            words.getChildren().add(note);
        }
        words.setPrefWidth(470);
        HBox row = new HBox(10, where, swatch, words);
        row.setAlignment(Pos.TOP_LEFT);
        setGraphic(row);
        setAccessibleText(spoken(item, where.getText()));
    }

    /** What a screen reader says for the row, in the order it is drawn: where, the kind of mark, its words, its note. */
    static String spoken(Mark item, String where) {
        String note = item instanceof Highlight h && h.hasNote() ? "; note: " + h.note() : "";
        return where + "; " + (item instanceof Highlight ? "highlight: " : "bookmark: ") + firstWords(item.quote().exact())
                + note;
    }

    static String firstWords(String text) {
        String oneLine = text.replaceAll("\\s*\\n\\s*", " \u00b6 ").strip();
        if (oneLine.length() <= QUOTE_SHOWN) {
            return oneLine;
        }
        int cut = oneLine.lastIndexOf(' ', QUOTE_SHOWN);
        return oneLine.substring(0, cut > QUOTE_SHOWN / 2 ? cut : QUOTE_SHOWN) + "\u2026";
    }
}
