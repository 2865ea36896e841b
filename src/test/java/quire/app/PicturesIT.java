package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.ui.page.PageView;

/** A picture stored in an EPUB, as the reader sees it: drawn whole, on its page, centred, never stretched. */
class PicturesIT extends AppTestSupport {
    /** The styled letter's chart is 480 x 320. */
    private static final double ASPECT = 480.0 / 320.0;

    @TempDir
    Path dir;

    private ImageView turnToThePicture() throws Exception {
        for (int turns = 0; turns < 6 && !app.showing(".page-picture"); turns++) {
            app.type(KeyCode.RIGHT);
        }
        ImageView chart = (ImageView) app.node(".page-picture");
        app.waitUntil(() -> app.readOnFx(() -> chart.getImage() != null && chart.getImage().getProgress() == 1));
        assertThat(app.readOnFx(() -> chart.getImage().isError())).as("decoded").isFalse();
        return chart;
    }

    private static PageView pageOf(Node node) {
        Node at = node;
        while (!(at instanceof PageView)) {
            at = at.getParent();
        }
        return (PageView) at;
    }

    private void assertWholeCentredAndInProportion(ImageView chart) throws Exception {
        app.readOnFx(() -> {
            PageView page = pageOf(chart);
            Bounds box = page.sceneToLocal(chart.localToScene(chart.getBoundsInLocal()));
            assertThat(box.getMinX()).isPositive();
            assertThat(box.getMinY()).isPositive();
            assertThat(box.getMaxX()).isLessThan(page.getWidth());
            assertThat(box.getMaxY()).isLessThan(page.getHeight());
            assertThat(box.getMinX()).as("centred").isCloseTo(page.getWidth() - box.getMaxX(), Offset.offset(1.0));
            assertThat(box.getWidth() / box.getHeight()).as("aspect kept").isCloseTo(ASPECT, Offset.offset(0.01));
            return null;
        });
    }

    @Test
    void aStoredChartIsDrawnAtItsOwnSizeCentredOnItsPage() throws Exception {
        Path epub = Files.write(dir.resolve("styled.epub"), quire.epub.EpubFixtures.styledEpub());
        launch(epub.toString());
        app.type(KeyCode.ENTER);
        ImageView chart = turnToThePicture();
        assertThat(app.readOnFx(() -> chart.getFitWidth())).isEqualTo(480);
        assertThat(app.readOnFx(() -> chart.getFitHeight())).isEqualTo(320);
        assertWholeCentredAndInProportion(chart);
        // Its words are the alt text, for screen readers and copying.
        assertThat(app.readOnFx(() -> pageOf(chart).getAccessibleText()))
                .contains("A chart of the harbour, the north point marked with a cross");
    }

    @Test
    void inASmallWindowTheChartShrinksToFitThePageKeepingItsShape() throws Exception {
        Path epub = Files.write(dir.resolve("styled.epub"), quire.epub.EpubFixtures.styledEpub());
        launch(epub.toString());
        app.onFx(() -> {
            app.stage.setWidth(480);
            app.stage.setHeight(360);
        });
        app.waitForPulses(3);
        app.type(KeyCode.ENTER);
        ImageView chart = turnToThePicture();
        assertThat(app.readOnFx(() -> chart.getFitHeight())).isLessThan(320);
        assertWholeCentredAndInProportion(chart);
        // Decoded at the size drawn (times the screen's scale), not at the picture's own.
        assertThat(app.readOnFx(() -> chart.getImage().getWidth())).isLessThan(480);
    }
}
