package quire.ui.marks;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import quire.marks.Highlight;
import quire.marks.Mark;
import quire.ui.RangeKind;
import quire.ui.panel.WrappingCell;

/**
 * One mark in the marks panel: where it is, its colour, the first words it quotes, and its note. Its
 * words wrap to the list's width ({@link WrappingCell}), so a long quote is never cut at the list's
 * edge; a quote longer than {@link #QUOTE_SHOWN} is folded after a word, with the
 * whole of it in the row's tooltip and description (and in the export).
 */
final class MarkCell extends WrappingCell<Mark> {
    /** A long quote shows its first words only, folded after a word. */
    static final int QUOTE_SHOWN = 160;
    private static final double WHERE_WIDTH = 92;

    private final Function<Mark, String> whereOf;

    MarkCell(Function<Mark, String> whereOf) {
        this.whereOf = whereOf;
        getStyleClass().add("mark-cell");
    }

    @Override
    protected void updateItem(Mark item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        setTooltip(null);
        setAccessibleHelp(null);
        if (empty || item == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        Label where = wrapping(new Label(item.found() ? whereOf.apply(item) : "not found in this version"), "match-page");
        where.setMinWidth(WHERE_WIDTH);
        where.setMaxWidth(WHERE_WIDTH);
        Rectangle swatch = new Rectangle(12, 12);
        swatch.getStyleClass().add(item instanceof Highlight h ? RangeKind.highlight(h.colour()).styleClass()
                : "bookmark-ribbon");
        String shown = firstWords(item.quote().exact());
        Label quote = wrapping(new Label((item instanceof Highlight ? "" : "Bookmark: ") + shown), "mark-quote");
        VBox words = new VBox(2, quote);
        if (item instanceof Highlight h && h.hasNote()) {
            words.getChildren().add(wrapping(new Label(h.note()), "mark-note"));
        }
        words.setMinWidth(0);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox row = new HBox(10, where, swatch, words);
        row.setAlignment(Pos.TOP_LEFT);
        setGraphic(row);
        setAccessibleText(spoken(item, where.getText()));
        if (folded(item.quote().exact())) {
            Tooltip whole = new Tooltip(item.quote().exact());
            whole.setWrapText(true);
            whole.setMaxWidth(520);
            setTooltip(whole);
            setAccessibleHelp("The whole quote: " + item.quote().exact());
        }
    }

    private static Label wrapping(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(USE_PREF_SIZE);
        return label;
    }

    /** What a screen reader says for the row, in the order it is drawn: where, the kind of mark, its words, its note. */
    static String spoken(Mark item, String where) {
        String note = item instanceof Highlight h && h.hasNote() ? "; note: " + h.note() : "";
        return where + "; " + (item instanceof Highlight ? "highlight: " : "bookmark: ") + firstWords(item.quote().exact())
                + note;
    }

    /** True when {@link #firstWords} shows only the start of {@code text}. */
    static boolean folded(String text) {
        return oneLine(text).length() > QUOTE_SHOWN;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\n\\s*", " \u00b6 ").strip();
    }

    static String firstWords(String text) {
        String oneLine = oneLine(text);
        if (oneLine.length() <= QUOTE_SHOWN) {
            return oneLine;
        }
        int cut = oneLine.lastIndexOf(' ', QUOTE_SHOWN);
        return oneLine.substring(0, cut > QUOTE_SHOWN / 2 ? cut : QUOTE_SHOWN) + "\u2026";
    }
}
