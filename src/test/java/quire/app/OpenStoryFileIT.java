package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.epub.EpubFixtures;

/**
 * Opening another story while Quire runs: Ctrl+O's file dialog (answered here by the test, as a native
 * dialog cannot be driven headless) and a file dropped on the window, from the consent screen, the
 * reading view and the problem screen alike.
 */
class OpenStoryFileIT extends AppTestSupport {
    @TempDir
    Path dir;

    /** What the test's dialog answers, and the folders it was asked to start in. */
    private final AtomicReference<Optional<Path>> answer = new AtomicReference<>(Optional.empty());
    private final List<Optional<Path>> askedNear = new ArrayList<>();

    private final StoryFilePicker picker = (owner, near) -> {
        askedNear.add(near);
        return answer.get();
    };

    private Path epub() throws Exception {
        return Files.write(dir.resolve("ledger.epub"), EpubFixtures.ao3Epub());
    }

    @Test
    void ctrlOFromTheReadingViewOpensTheChosenEpubOnItsConsentScreen() throws Exception {
        launch(picker);
        app.type(KeyCode.ENTER);
        assertThat(app.showing(".reader")).isTrue();
        answer.set(Optional.of(epub()));
        app.push(KeyCode.CONTROL, KeyCode.O);
        app.waitForText();
        assertThat(app.showing(".reader")).isFalse();
        assertThat(app.label("rating")).isEqualTo("Rated Mature");
        assertThat(app.label("title")).isEqualTo("The Lamplighter's Ledger");
        assertThat(app.stage.getTitle()).contains("The Lamplighter's Ledger");
        app.type(KeyCode.ENTER);
        assertThat(app.pageText()).startsWith("Chapter 1: Quay Street");
    }

    @Test
    void cancellingTheDialogKeepsThePageAndTheDialogStartsInTheStorysFolder() throws Exception {
        Path story = Files.writeString(dir.resolve("mine.md"), "---\nrating: G\n---\nA quiet first line.\n",
                StandardCharsets.UTF_8);
        launch(picker, story.toString());
        app.type(KeyCode.ENTER);
        app.push(KeyCode.CONTROL, KeyCode.O);
        assertThat(askedNear).containsExactly(Optional.of(story));
        assertThat(app.pageText()).isEqualTo("A quiet first line.");
    }

    @Test
    void aFileThatCannotBeOpenedShowsItsProblemAndCtrlOStillWorksThere() throws Exception {
        launch(picker);
        Path pdf = Files.write(dir.resolve("work.pdf"), "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        answer.set(Optional.of(pdf));
        app.push(KeyCode.CONTROL, KeyCode.O);
        app.waitForText();
        assertThat(app.label("problem-message")).contains("work.pdf").contains("PDF");
        answer.set(Optional.of(epub()));
        app.push(KeyCode.CONTROL, KeyCode.O);
        app.waitForText();
        assertThat(app.label("rating")).isEqualTo("Rated Mature");
    }

    @Test
    void aFileDroppedOnTheWindowOpensAndAFolderIsRefused() throws Exception {
        launch(picker);
        Path epub = epub();
        Node target = app.lookup("#start-reading").query();

        DragEvent overFolder = drag(target, DragEvent.DRAG_OVER, dir.toFile());
        assertThat(overFolder.isAccepted()).as("a folder is not a story").isFalse();
        DragEvent over = drag(target, DragEvent.DRAG_OVER, epub.toFile());
        assertThat(over.isAccepted()).isTrue();
        assertThat(app.readOnFx(() -> app.stage.getScene().getRoot().lookup(".drop-target") != null)).isTrue();

        DragEvent dropped = drag(target, DragEvent.DRAG_DROPPED, epub.toFile());
        assertThat(dropped.isDropCompleted()).isTrue();
        app.waitForText();
        assertThat(app.label("title")).isEqualTo("The Lamplighter's Ledger");
        assertThat(app.readOnFx(() -> app.stage.getScene().getRoot().lookup(".drop-target") == null)).isTrue();
    }

    /**
     * Fires a drag of {@code file} from outside the app at {@code target}, as the desktop's drag does,
     * and gives back the event as the handlers left it.
     */
    private DragEvent drag(Node target, javafx.event.EventType<DragEvent> type, File file) throws Exception {
        return app.readOnFx(() -> {
            Dragboard board = DesktopDragboard.of(List.of(file));
            var centre = target.localToScene(target.getBoundsInLocal().getCenterX(), target.getBoundsInLocal().getCenterY());
            DragEvent event = new DragEvent(null, target, type, board, centre.getX(), centre.getY(), centre.getX(),
                    centre.getY(), TransferMode.COPY, null, null, null);
            Event.fireEvent(target, event);
            return event;
        });
    }
}
