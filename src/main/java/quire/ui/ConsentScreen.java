package quire.ui;

import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import quire.story.Story;
import quire.story.StoryMetadata;

/**
 * The first screen: what the author says about the story (rating, warnings, pairing, summary, note),
 * then "Start reading" (Enter) or "Leave" (Esc). Fields the story lacks are left out entirely; nothing is
 * invented, and the author's text is shown exactly as written.
 */
public final class ConsentScreen extends ScrollPane {
    private final Button start = new Button("Start reading");
    private final Button leave = new Button("Leave");

    public ConsentScreen(Story story, Runnable onStart, Runnable onLeave) {
        getStyleClass().add("consent-screen");
        setFitToWidth(true);
        setFitToHeight(true);
        start.setDefaultButton(true);
        start.setId("start-reading");
        start.setOnAction(e -> onStart.run());
        leave.setCancelButton(true);
        leave.setId("leave");
        leave.setOnAction(e -> onLeave.run());

        VBox card = new VBox(14);
        card.getStyleClass().add("card");
        card.setMaxWidth(640);
        card.setMaxHeight(USE_PREF_SIZE);
        card.getChildren().addAll(header(story.metadata()));
        card.getChildren().addAll(fields(story.metadata()));
        card.getChildren().add(stats(story));
        HBox buttons = new HBox(12, start, leave);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getStyleClass().add("consent-buttons");
        card.getChildren().add(buttons);

        StackPane centre = new StackPane(card);
        centre.getStyleClass().add("consent-backdrop");
        setContent(centre);
    }

    /** Focus starts on "Start reading", the default choice. */
    public void focusDefault() {
        start.requestFocus();
    }

    private static List<Node> header(StoryMetadata m) {
        List<Node> nodes = new java.util.ArrayList<>();
        Label eyebrow = new Label("Before you start reading");
        eyebrow.getStyleClass().add("eyebrow");
        nodes.add(eyebrow);
        m.title().ifPresent(t -> nodes.add(styled(t, "story-title", "title")));
        m.author().ifPresent(a -> nodes.add(styled("by " + a, "story-author", "author")));
        m.rating().ifPresent(r -> nodes.add(styled("Rated " + r, "rating", "rating")));
        return nodes;
    }

    private static List<Node> fields(StoryMetadata m) {
        List<Node> nodes = new java.util.ArrayList<>();
        if (!m.warnings().isEmpty()) {
            nodes.add(field("Warnings", String.join("\n", m.warnings()), "warnings"));
        }
        m.fandom().ifPresent(f -> nodes.add(field("Fandom", f, "fandom")));
        m.pairing().ifPresent(p -> nodes.add(field("Pairing", p, "pairing")));
        if (!m.characters().isEmpty()) {
            nodes.add(field("Characters", String.join(", ", m.characters()), "characters"));
        }
        m.category().ifPresent(c -> nodes.add(field("Category", c, "category")));
        if (!m.tags().isEmpty()) {
            nodes.add(field("Tags", String.join(", ", m.tags()), "tags"));
        }
        m.summary().ifPresent(s -> nodes.add(field("Summary", s, "summary")));
        m.notes().ifPresent(n -> nodes.add(field("Author\u2019s note", n, "notes")));
        for (Map.Entry<String, String> other : m.otherFields().entrySet()) {
            nodes.add(field(other.getKey(), other.getValue(), "other"));
        }
        return nodes;
    }

    private static Node stats(Story story) {
        int words = story.wordCount();
        int minutes = Math.max(1, (int) Math.ceil(words / (double) ReaderModel.WORDS_PER_MINUTE));
        String text = String.format("%,d words \u00b7 about %d minute%s to read", words, minutes, minutes == 1 ? "" : "s");
        return styled(text, "stats", "stats");
    }

    private static Node field(String name, String value, String id) {
        Label label = new Label(name);
        label.getStyleClass().add("field-name");
        Label text = styled(value, "field-value", id);
        return new VBox(2, label, text);
    }

    private static Label styled(String text, String styleClass, String id) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setId(id);
        return label;
    }
}
