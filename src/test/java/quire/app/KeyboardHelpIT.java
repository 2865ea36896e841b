package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import quire.ui.command.Keys;

/** The keyboard help is the command table's rows, each shown whole in any window Quire allows. */
class KeyboardHelpIT extends AppTestSupport {
    @Test
    void theHelpShowsEveryRowOfTheTableWholeInASmallAndAMiddleWindow() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        // The window is the one every test shares: the tests after this one get back the size it had.
        double[] before = app.readOnFx(() -> new double[] {app.stage.getWidth(), app.stage.getHeight()});
        try {
            showsEveryRowWhole();
        } finally {
            app.onFx(() -> {
                app.stage.setWidth(before[0]);
                app.stage.setHeight(before[1]);
            });
        }
    }

    private void showsEveryRowWhole() throws Exception {
        for (double[] size : new double[][] {{700, 760}, {480, 360}, {1280, 800}}) {
            app.onFx(() -> {
                app.stage.setWidth(size[0]);
                app.stage.setHeight(size[1]);
            });
            app.type(KeyCode.F1);
            app.waitForPulses(3);
            List<String> shown = app.readOnFx(() -> texts(app.lookup("#help").query()));
            for (var row : Keys.MAP.helpRows()) {
                assertThat(shown).as("at %sx%s", size[0], size[1]).contains(row.action(), Keys.MAP.keysText(row));
            }
            assertThat(app.readOnFx(() -> cutShort(app.lookup("#help").query())))
                    .as("labels drawn with an ellipsis at %sx%s", size[0], size[1]).isEmpty();
            app.type(KeyCode.ESCAPE);
        }
    }

    private static List<String> texts(Node root) {
        List<String> texts = new ArrayList<>();
        visit(root, node -> {
            if (node instanceof Labeled labeled && labeled.getText() != null) {
                texts.add(labeled.getText());
            }
        });
        return texts;
    }

    /** The labels whose drawn text is not their text: JavaFX cut them short with an ellipsis. */
    static List<String> cutShort(Node root) {
        List<String> cut = new ArrayList<>();
        visit(root, node -> {
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()
                    && labeled.isVisible()) {
                String drawn = labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                        .map(text -> ((Text) text).getText()).findFirst().orElse(labeled.getText());
                if (!drawn.equals(labeled.getText())) {
                    cut.add(labeled.getText() + " drawn as " + drawn);
                }
            }
        });
        return cut;
    }

    private static void visit(Node node, java.util.function.Consumer<Node> action) {
        action.accept(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> visit(child, action));
        }
    }
}
