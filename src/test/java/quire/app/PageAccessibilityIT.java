package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import quire.layout.Line;
import quire.layout.Page;
import quire.place.Anchor;
import quire.place.TextRange;
import quire.text.CopyText;

/**
 * The page as screen readers (Orca through quire.access, Narrator, VoiceOver) read it, through JavaFX's
 * accessibility attributes: a text area whose text is what Copy gives for the page, named by the footer,
 * that knows where each character is drawn and which is under a point.
 */
class PageAccessibilityIT extends AppTestSupport {
    private static <T> T onFx(Callable<T> question) throws Exception {
        if (javafx.application.Platform.isFxApplicationThread()) {
            return question.call();
        }
        return WaitForAsyncUtils.asyncFx(question).get();
    }

    private Node page() {
        return app.lookup(".page").query();
    }

    private Object attribute(AccessibleAttribute attribute, Object... parameters) throws Exception {
        return onFx(() -> page().queryAccessibleAttribute(attribute, parameters));
    }

    private String copyOfPage(int index) throws Exception {
        return onFx(() -> {
            Page page = app.reader().model().paginationProperty().get().page(index);
            Line last = page.lines().get(page.lines().size() - 1);
            return CopyText.of(app.reader().model().blockTexts(),
                    new TextRange(page.start(), new Anchor(last.block(), last.end())));
        });
    }

    @Test
    void thePageIsATextAreaWithThePagesTextNamedByTheFooter() throws Exception {
        launch();
        app.type(KeyCode.ENTER);

        assertThat(attribute(AccessibleAttribute.ROLE)).isEqualTo(AccessibleRole.TEXT_AREA);
        assertThat(attribute(AccessibleAttribute.TEXT)).isEqualTo(copyOfPage(0));
        Object label = attribute(AccessibleAttribute.LABELED_BY);
        assertThat(label).isInstanceOf(Label.class);
        assertThat(((Label) label).getText()).startsWith("Page 1 of");
    }

    @Test
    void aPageTurnChangesTheText() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        String first = (String) attribute(AccessibleAttribute.TEXT);

        app.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(attribute(AccessibleAttribute.TEXT)).isNotEqualTo(first).isEqualTo(copyOfPage(1));
    }

    @Test
    void theFirstCharacterIsWhereTheFirstRunIsDrawnAndThePointFindsItAgain() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        Bounds firstRun = onFx(() -> {
            Text run = app.lookup(".page-text").queryAllAs(Text.class).stream()
                    .min(java.util.Comparator.comparingDouble((Text t) -> t.localToScreen(t.getBoundsInLocal()).getMinY())
                            .thenComparingDouble(t -> t.localToScreen(t.getBoundsInLocal()).getMinX()))
                    .orElseThrow();
            return run.localToScreen(run.getBoundsInLocal());
        });

        Bounds[] first = (Bounds[]) attribute(AccessibleAttribute.BOUNDS_FOR_RANGE, 0, 0);
        Bounds[] sixth = (Bounds[]) attribute(AccessibleAttribute.BOUNDS_FOR_RANGE, 5, 5);

        assertThat(first).hasSize(1);
        assertThat(first[0].getMinX()).isCloseTo(firstRun.getMinX(), org.assertj.core.data.Offset.offset(1.5));
        assertThat(first[0].getMinY()).isLessThan(firstRun.getMaxY());
        assertThat(first[0].getMaxY()).isGreaterThan(firstRun.getMinY());
        assertThat(first[0].getWidth()).isPositive().isLessThan(firstRun.getWidth());
        assertThat(sixth[0].getMinX()).isGreaterThan(first[0].getMinX());
        Point2D middleOfSixth = new Point2D(sixth[0].getCenterX(), sixth[0].getCenterY());
        assertThat(attribute(AccessibleAttribute.OFFSET_AT_POINT, middleOfSixth)).isEqualTo(5);
    }

    @Test
    void withNothingSelectedTheCaretIsAtThePagesStart() throws Exception {
        launch();
        app.type(KeyCode.ENTER);

        assertThat(attribute(AccessibleAttribute.CARET_OFFSET)).isEqualTo(0);
        assertThat(attribute(AccessibleAttribute.SELECTION_START)).isEqualTo(0);
        assertThat(attribute(AccessibleAttribute.SELECTION_END)).isEqualTo(0);
    }
}
