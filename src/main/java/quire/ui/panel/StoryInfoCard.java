package quire.ui.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.collections.FXCollections;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import quire.story.ArchiveWarnings;
import quire.story.RatingLevel;
import quire.story.Story;
import quire.story.StoryMetadata;
import quire.ui.Contrast;
import quire.ui.ThemePalette;

/**
 * The story's metadata as a card, facts for deciding first: rating, warnings, then pairing, summary,
 * the author's note, and length. Used by the consent screen and the story-info overlay (key I). A field
 * the story lacks is left out entirely; the author's words appear exactly as written.
 */
public final class StoryInfoCard extends VBox {
    /** A note longer than this starts folded, with a control to show all of it. */
    static final int LONG_NOTE_CHARS = 700;

    private final HBox rating;
    private VBox warnings;

    /** With the reading time worked out at {@code wordsPerMinute}, the reader's own pace when known. */
    public StoryInfoCard(Story story, boolean hideWarnings, double wordsPerMinute) {
        super(14);
        getStyleClass().add("card");
        setMaxWidth(680);
        setMaxHeight(USE_PREF_SIZE);
        StoryMetadata m = story.metadata();
        m.title().ifPresent(t -> getChildren().add(text(t, "story-title", "title")));
        m.author().ifPresent(a -> getChildren().add(text("by " + a, "story-author", "author")));
        rating = ratingRow(m.rating());
        getChildren().add(rating);
        if (!m.warnings().isEmpty()) {
            warnings = warnings(m, hideWarnings);
            getChildren().add(warnings);
        }
        m.fandom().ifPresent(f -> getChildren().add(field("Fandom", f, "fandom")));
        m.pairing().ifPresent(p -> getChildren().add(field("Pairing", p, "pairing")));
        if (!m.characters().isEmpty()) {
            getChildren().add(field("Characters", String.join(", ", m.characters()), "characters"));
        }
        m.category().ifPresent(c -> getChildren().add(field("Category", c, "category")));
        if (!m.tags().isEmpty()) {
            getChildren().add(field("Tags", String.join(", ", m.tags()), "tags"));
        }
        m.summary().ifPresent(s -> getChildren().add(field("Summary", s, "summary")));
        m.notes().ifPresent(n -> getChildren().add(note(n)));
        for (Map.Entry<String, String> other : m.otherFields().entrySet()) {
            getChildren().add(field(other.getKey(), other.getValue(), "other-" + other.getKey()));
        }
        getChildren().add(text(stats(story, wordsPerMinute), "stats", "stats"));
    }

    /**
     * Screen readers read the card in the order a reader decides by: the rating, then the warnings, then
     * everything else as drawn (a screen's headline above the card's title included), whatever sits above
     * them on screen.
     */
    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute != AccessibleAttribute.CHILDREN) {
            return super.queryAccessibleAttribute(attribute, parameters);
        }
        List<Node> order = new ArrayList<>(List.of(rating));
        if (warnings != null) {
            order.add(warnings);
        }
        getChildren().stream().filter(child -> child != rating && child != warnings).forEach(order::add);
        return FXCollections.observableList(order);
    }

    /** "822 words · about 4 minutes to read" at {@code wordsPerMinute}. */
    static String stats(Story story, double wordsPerMinute) {
        int words = story.wordCount();
        int minutes = Math.max(1, (int) Math.ceil(words / wordsPerMinute));
        int chapters = quire.story.ChapterLevel.count(story.blocks());
        return String.format("%,d words \u00b7 about %d minute%s to read", words, minutes, minutes == 1 ? "" : "s")
                + (chapters > 1 ? String.format(" \u00b7 %,d chapters", chapters) : "");
    }

    private static HBox ratingRow(Optional<String> rating) {
        RatingLevel level = RatingLevel.of(rating);
        String colour = ThemePalette.badgeColour(level);
        Label symbol = new Label(level.symbol());
        symbol.getStyleClass().add("badge-symbol");
        symbol.setStyle("-fx-background-color: " + colour + "; -fx-text-fill: " + Contrast.readableOn(colour) + ";");
        symbol.setMinSize(40, 40);
        symbol.setAlignment(Pos.CENTER);
        Label label = new Label(rating.map(r -> "Rated " + r).orElse("Not rated"));
        label.getStyleClass().add("rating");
        label.setWrapText(true);
        String levelText = rating.isEmpty() ? "The author gave no rating"
                : level == RatingLevel.NOT_RATED ? "Not rated (Quire does not know this rating)" : level.word();
        Label word = new Label(levelText);
        word.getStyleClass().add("rating-level");
        VBox words = new VBox(0, label, word);
        HBox row = new HBox(12, symbol, words);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setId("rating-badge");
        row.setAccessibleRole(AccessibleRole.TEXT);
        row.setAccessibleText(RatingLevel.accessibleText(rating));
        row.setAccessibleHelp(level == RatingLevel.NOT_RATED ? "Quire knows no level for this rating: a grey badge"
                : "Level: " + level.word() + ", shown by the badge's colour and its letter " + level.symbol());
        label.setId("rating");
        word.setId("rating-level");
        return row;
    }

    private static VBox warnings(StoryMetadata m, boolean hidden) {
        String all = String.join("\n", m.warnings());
        Label value = text(all, "field-value", "warnings");
        // "Creator Chose Not To Use Archive Warnings" must read as unknown, never as none.
        String explanation = ArchiveWarnings.of(m.warnings()).explanation();
        VBox shown = explanation.isEmpty() ? new VBox(2, value)
                : new VBox(2, text(explanation, "field-value", "warnings-meaning"), value);
        VBox box = new VBox(2, fieldName("Warnings"));
        box.getStyleClass().add("warnings-box");
        if (!hidden) {
            box.getChildren().add(shown);
            return box;
        }
        Label notice = text("This story has warnings. They are hidden because you asked not to see them first.",
                "field-value", "warnings-hidden");
        Button show = new Button("Show warnings");
        show.setId("show-warnings");
        show.setOnAction(e -> box.getChildren().setAll(fieldName("Warnings"), shown));
        box.getChildren().addAll(notice, show);
        return box;
    }

    private static VBox note(String note) {
        Label value = text(note, "field-value", "notes");
        VBox box = new VBox(2, fieldName("Author\u2019s note"), value);
        if (note.length() > LONG_NOTE_CHARS) {
            value.setMaxHeight(7 * 22);
            Button toggle = new Button("Show the whole note");
            toggle.setId("toggle-note");
            toggle.getStyleClass().add("link-button");
            toggle.setOnAction(e -> {
                boolean folded = value.getMaxHeight() != Double.MAX_VALUE;
                value.setMaxHeight(folded ? Double.MAX_VALUE : 7 * 22);
                toggle.setText(folded ? "Fold the note" : "Show the whole note");
            });
            box.getChildren().add(toggle);
        }
        return box;
    }

    public static VBox field(String name, String value, String id) {
        return new VBox(2, fieldName(name), text(value, "field-value", id));
    }

    private static Label fieldName(String name) {
        Label label = new Label(name);
        label.getStyleClass().add("field-name");
        return label;
    }

    public static Label text(String text, String styleClass, String id) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setId(id);
        label.setMinHeight(USE_PREF_SIZE);
        return label;
    }

    /** Centres a card in a padded backdrop. */
    public static StackPane centred(VBox card) {
        StackPane centre = new StackPane(card);
        centre.getStyleClass().add("backdrop");
        return centre;
    }
}
