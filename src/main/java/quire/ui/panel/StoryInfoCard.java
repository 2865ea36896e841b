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

    /** A list of more tags than this starts folded to its first ones, with a control to show them all. */
    static final int FOLDED_TAGS = 12;

    private final Label stats = text("", "stats", "stats");
    private final HBox rating;
    private final VBox warnings;

    /** With the reading time worked out at {@code wordsPerMinute}, the reader's own pace when known. */
    public StoryInfoCard(Story story, boolean hideWarnings, double wordsPerMinute) {
        this(story.metadata(), hideWarnings);
        showLength(story, wordsPerMinute);
    }

    /**
     * The facts of a story whose text is not read yet: its length is shown by {@link #showLength} once
     * it is, or at once from the author's word count when the metadata gives one; only then is
     * {@code wordsPerMinute} asked here (for a long story it may wait for the story's hash).
     */
    public StoryInfoCard(StoryMetadata m, boolean hideWarnings, java.util.function.DoubleSupplier wordsPerMinute) {
        this(m, hideWarnings);
        m.words().ifPresent(words -> show(stats(words, 0, wordsPerMinute.getAsDouble())));
    }

    private StoryInfoCard(StoryMetadata m, boolean hideWarnings) {
        super(14);
        getStyleClass().add("card");
        setMaxWidth(680);
        setMaxHeight(USE_PREF_SIZE);
        m.title().ifPresent(t -> getChildren().add(text(t, "story-title", "title")));
        m.author().ifPresent(a -> getChildren().add(text("by " + a, "story-author", "author")));
        rating = ratingRow(m.rating());
        getChildren().add(rating);
        warnings = m.warnings().isEmpty() ? null : warnings(m);
        VBox tags = m.tags().isEmpty() ? null : tags(m.tags());
        if (warnings != null) {
            getChildren().add(warnings);
        }
        m.fandom().ifPresent(f -> getChildren().add(field("Fandom", f, "fandom")));
        m.pairing().ifPresent(p -> getChildren().add(field("Pairing", p, "pairing")));
        if (!m.characters().isEmpty()) {
            getChildren().add(field("Characters", String.join(", ", m.characters()), "characters"));
        }
        m.category().ifPresent(c -> getChildren().add(field("Category", c, "category")));
        if (tags != null) {
            getChildren().add(tags);
        }
        if (hideWarnings && (warnings != null || tags != null)) {
            hideUntilAsked(warnings, tags);
        }
        m.summary().ifPresent(s -> getChildren().add(field("Summary", s, "summary")));
        m.notes().ifPresent(n -> getChildren().add(note(n)));
        for (Map.Entry<String, String> other : m.otherFields().entrySet()) {
            getChildren().add(field(other.getKey(), other.getValue(), "other-" + other.getKey()));
        }
        show("");
        getChildren().add(stats);
    }

    /** The story's length and reading time, now that its text is read. */
    public void showLength(Story story, double wordsPerMinute) {
        show(stats(story, wordsPerMinute));
    }

    private void show(String length) {
        stats.setText(length);
        stats.setVisible(!length.isEmpty());
        stats.setManaged(!length.isEmpty());
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
        if (warnings != null && getChildren().contains(warnings)) {
            order.add(warnings); // unless hidden until asked
        }
        getChildren().stream().filter(child -> child != rating && child != warnings).forEach(order::add);
        return FXCollections.observableList(order);
    }

    /** "822 words · about 4 minutes to read" at {@code wordsPerMinute}. */
    static String stats(Story story, double wordsPerMinute) {
        return stats(story.wordCount(), quire.story.ChapterLevel.count(story.blocks()), wordsPerMinute);
    }

    private static String stats(int words, int chapters, double wordsPerMinute) {
        int minutes = Math.max(1, (int) Math.ceil(words / wordsPerMinute));
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

    private static VBox warnings(StoryMetadata m) {
        Label value = text(String.join("\n", m.warnings()), "field-value", "warnings");
        // "Creator Chose Not To Use Archive Warnings" must read as unknown, never as none.
        String explanation = ArchiveWarnings.of(m.warnings()).explanation();
        VBox box = new VBox(2, fieldName("Warnings"));
        if (!explanation.isEmpty()) {
            box.getChildren().add(text(explanation, "field-value", "warnings-meaning"));
        }
        box.getChildren().add(value);
        box.getStyleClass().add("warnings-box");
        return box;
    }

    /** The additional tags; a long list shows its first {@value #FOLDED_TAGS} and folds the rest. */
    private static VBox tags(java.util.List<String> tags) {
        Label value = text(String.join(", ", tags), "field-value", "tags");
        VBox box = new VBox(2, fieldName("Tags"), value);
        box.setId("tags-box");
        if (tags.size() > FOLDED_TAGS) {
            String folded = String.join(", ", tags.subList(0, FOLDED_TAGS)) + ", \u2026";
            value.setText(folded);
            Button toggle = new Button(String.format("Show all %d tags", tags.size()));
            toggle.setId("toggle-tags");
            toggle.getStyleClass().add("link-button");
            toggle.setOnAction(e -> {
                boolean isFolded = value.getText().equals(folded);
                value.setText(isFolded ? String.join(", ", tags) : folded);
                toggle.setText(isFolded ? "Fold the tags" : String.format("Show all %d tags", tags.size()));
            });
            box.getChildren().add(toggle);
        }
        return box;
    }

    /**
     * "Hide warnings until I ask": the warnings and the additional tags (as AO3's own preference hides
     * them) give way to one notice and a button that shows them where they were.
     */
    private void hideUntilAsked(VBox warnings, VBox tags) {
        String what = warnings == null ? "tags" : tags == null ? "warnings" : "warnings and tags";
        Label notice = text("This story has " + what + ". They are hidden because you asked not to see them first.",
                "field-value", "warnings-hidden");
        Button show = new Button(warnings == null ? "Show tags" : "Show warnings");
        show.setId("show-warnings");
        VBox hidden = new VBox(2, fieldName(warnings == null ? "Tags" : "Warnings"), notice, show);
        hidden.getStyleClass().add("warnings-box");
        // Each box hidden gives its place to a stand-in (the first to the notice), and takes it back on request.
        java.util.Map<javafx.scene.Node, VBox> standIns = new java.util.LinkedHashMap<>();
        for (VBox box : new VBox[] {warnings, tags}) {
            if (box != null) {
                javafx.scene.Node standIn = standIns.isEmpty() ? hidden : new javafx.scene.layout.Region();
                standIn.setManaged(standIn == hidden);
                getChildren().set(getChildren().indexOf(box), standIn);
                standIns.put(standIn, box);
            }
        }
        show.setOnAction(e -> standIns.forEach((standIn, box) -> getChildren().set(getChildren().indexOf(standIn), box)));
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
