package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.place.Anchor;
import quire.place.TextRange;

/**
 * Quire's own nodes as every screen reader reads them, through JavaFX's accessibility attributes (what
 * Narrator and VoiceOver read, and Orca through quire.access): the rating badge, the consent card's
 * reading order, a bookmark's ribbon, a note's dot, and the page's text in Scroll mode.
 */
class CustomNodesAccessibilityIT extends AppTestSupport {
    @TempDir
    Path dir;

    private Object attribute(Node node, AccessibleAttribute attribute, Object... parameters) throws Exception {
        return app.readOnFx(() -> node.queryAccessibleAttribute(attribute, parameters));
    }

    private void startReading() throws Exception {
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.reader().model().exactProperty().get());
    }

    @Test
    void theBadgeIsTextNamedByTheRatingWithItsLevelAsHelpAndIsReadFirst() throws Exception {
        launch(Files.write(dir.resolve("ledger.epub"), quire.epub.EpubFixtures.ao3Epub()).toString());
        Node badge = app.node("#rating-badge");

        assertThat(attribute(badge, AccessibleAttribute.ROLE)).isEqualTo(AccessibleRole.TEXT);
        assertThat(attribute(badge, AccessibleAttribute.TEXT)).isEqualTo("Rated Mature: mature content");
        assertThat((String) attribute(badge, AccessibleAttribute.HELP)).isEqualTo(
                "Level: Mature, shown by the badge's colour and its letter M");
        // On screen the headline and the title come first; a screen reader hears the rating, then the warnings.
        @SuppressWarnings("unchecked")
        List<Object> order = (List<Object>) attribute(badge.getParent(), AccessibleAttribute.CHILDREN);
        assertThat(order.get(0)).isSameAs(badge);
        assertThat(((Node) order.get(1)).lookup("#warnings")).isNotNull();
        assertThat(order).contains(app.node("#consent-headline"), app.node("#title"));
        assertThat(app.readOnFx(() -> badge.getParent().getChildrenUnmodifiable().indexOf(badge))).isPositive();
    }

    @Test
    void aBookmarksRibbonIsAnImageThatSaysThePageIsBookmarked() throws Exception {
        launch();
        startReading();
        app.type(KeyCode.B);
        Node ribbon = app.node("#bookmark-ribbon-left");

        assertThat(ribbon.isVisible()).isTrue();
        assertThat(attribute(ribbon, AccessibleAttribute.ROLE)).isEqualTo(AccessibleRole.IMAGE_VIEW);
        assertThat(attribute(ribbon, AccessibleAttribute.TEXT)).isEqualTo("Bookmarked page");
        assertThat((String) attribute(ribbon, AccessibleAttribute.HELP)).startsWith("This page has a bookmark; B");
    }

    @Test
    void aNotesDotIsAButtonNamedByTheNoteThatOpensItWhenPressed() throws Exception {
        launch();
        startReading();
        Anchor start = app.reader().model().textInView().orElseThrow().start();
        app.onFx(() -> app.reader().selection().select(TextRange.inBlock(start.block(), start.offset(), start.offset() + 20)));
        app.type(KeyCode.N);
        app.write("Quote this to the author");
        app.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        Node dot = app.node(".note-marker");

        assertThat(attribute(dot, AccessibleAttribute.ROLE)).isEqualTo(AccessibleRole.BUTTON);
        assertThat(attribute(dot, AccessibleAttribute.TEXT)).isEqualTo("Note: Quote this to the author");
        assertThat((String) attribute(dot, AccessibleAttribute.HELP)).startsWith("Opens the note on \u201c");
        assertThat(app.showing("#note-text")).isFalse();

        app.onFx(() -> dot.executeAccessibleAction(AccessibleAction.FIRE));
        app.waitUntil(() -> app.showing("#note-text"));
    }

    @Test
    void inScrollModeThePagesTextIsTheLinesInViewAndChangesAsItScrolls() throws Exception {
        StringBuilder md = new StringBuilder("---\ntitle: \"Lanterns\"\nrating: \"G\"\n---\n\n");
        for (int p = 0; p < 60; p++) {
            md.append("Paragraph ").append(p).append(": the truth, Spike reflected, was always more dangerous than"
                    + " a lie, and they had prepared for a showdown all the same.\n\n");
        }
        launch(Files.writeString(dir.resolve("lanterns.md"), md).toString());
        app.type(KeyCode.ENTER);
        app.type(KeyCode.S);
        app.clickOn("#pages-scroll");
        app.type(KeyCode.ESCAPE);
        Node page = app.node(".page");
        Bounds view = app.readOnFx(() -> page.getParent().localToScreen(page.getParent().getLayoutBounds()));
        String inView = (String) attribute(page, AccessibleAttribute.TEXT);

        assertThat(inView).startsWith("Paragraph 0:").doesNotContain("Paragraph 30:");
        Bounds first = ((Bounds[]) attribute(page, AccessibleAttribute.BOUNDS_FOR_RANGE, 0, 0))[0];
        int end = inView.length() - 1;
        Bounds last = ((Bounds[]) attribute(page, AccessibleAttribute.BOUNDS_FOR_RANGE, end, end))[0];
        assertThat(first.getMinY()).isGreaterThanOrEqualTo(view.getMinY() - 1);
        assertThat(last.getCenterY()).isLessThanOrEqualTo(view.getMaxY());
        // The whole story would not fit: the text stops at the viewport's last line, not at the drawn window's.
        double lineHeight = first.getHeight();
        assertThat(last.getMaxY()).isGreaterThan(view.getMaxY() - 3 * lineHeight);

        for (int i = 0; i < 3; i++) {
            app.type(KeyCode.DOWN);
        }
        app.waitUntil(() -> !inView.equals(attribute(page, AccessibleAttribute.TEXT)));
        String scrolled = (String) attribute(page, AccessibleAttribute.TEXT);
        assertThat(scrolled).doesNotStartWith("Paragraph 0:");
        assertThat(inView).contains(scrolled.substring(0, 40));
    }
}
