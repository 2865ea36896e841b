package quire.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the reader which story file to open (Ctrl+O). The real one is the platform's file dialog,
 * showing stories first; tests give one that answers by itself, since a native dialog cannot be driven
 * in a headless toolkit.
 */
@FunctionalInterface
interface StoryFilePicker {

    /** The file chosen, or empty when the reader cancelled; {@code near}: a file whose folder to start in. */
    Optional<Path> pick(Window owner, Optional<Path> near);

    /** The platform's open dialog. */
    static StoryFilePicker dialog() {
        return (owner, near) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open a story");
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Stories (EPUB, HTML, Markdown, text)", "*.epub", "*.html", "*.htm",
                            "*.xhtml", "*.md", "*.markdown", "*.txt"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            near.map(Path::toAbsolutePath).map(Path::getParent).map(Path::toFile).filter(File::isDirectory)
                    .ifPresent(chooser::setInitialDirectory);
            return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
        };
    }
}
