package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Group;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/**
 * In a narrow window some justified lines are letter-spaced and their glyphs a little wider or narrower:
 * drawn a letter at a time, read as words.
 */
class LetterSpacingIT extends AppTestSupport {

    @Test
    void aLetterSpacedWordIsDrawnWithEvenSmallGapsAndReadsWhole() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        app.onFx(() -> {
            app.stage.setWidth(480);
            app.stage.setHeight(700);
        });
        int pages = app.reader().model().paginationProperty().get().pageCount();
        Group word = null;
        for (int page = 0; page < pages && word == null; page++) {
            word = app.lookup(".page-letters").tryQueryAs(Group.class).orElse(null);
            if (word == null) {
                app.type(KeyCode.RIGHT);
            }
        }
        assertThat(word).as("a narrow window sets some lines letter-spaced").isNotNull();
        List<Text> letters = word.getChildren().stream().map(Text.class::cast).toList();
        assertThat(letters).hasSizeGreaterThan(1);
        String spelled = String.join("", letters.stream().map(Text::getText).toList());
        assertThat(word.getAccessibleText()).isEqualTo(spelled);
        assertThat(app.pageText()).contains(spelled);
        double size = letters.get(0).getFont().getSize();
        double scale = widthScale(letters.get(0));
        assertThat(scale).as("glyphs at most 2% wider or narrower, with the spacing").isBetween(0.98 - 1e-9, 1.02 + 1e-9)
                .isNotEqualTo(1.0);
        for (int i = 1; i < letters.size(); i++) {
            Text a = letters.get(i - 1);
            assertThat(widthScale(letters.get(i))).as("one width for the whole word").isEqualTo(scale);
            double gap = letters.get(i).getX() - (a.getX() + a.getLayoutBounds().getWidth() * scale);
            assertThat(Math.abs(gap)).as("the room between '%s' and '%s'", a.getText(), letters.get(i).getText())
                    .isGreaterThan(0).isLessThanOrEqualTo(0.023 * size + 0.01);
        }
    }

    /** How much wider than the font's own a text's glyphs are drawn (its transforms, measured). */
    private static double widthScale(Text text) {
        double drawn = text.getLocalToParentTransform().deltaTransform(100, 0).getX();
        return drawn / 100;
    }
}
