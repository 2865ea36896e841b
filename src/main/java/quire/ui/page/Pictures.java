package quire.ui.page;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import quire.layout.PictureBox;
import quire.story.ImageData;

/**
 * The story's pictures as the page views draw them. Each is decoded on a thread of its own, at the size
 * it is drawn at (times the screen's scale, so it is sharp on a HiDPI screen, and never larger than the
 * picture), and the most recent {@link #KEPT} decodings are kept, so turning back and forth decodes
 * nothing again. Until a picture is decoded its box stays empty; a picture that cannot be decoded (its
 * header was fine, its data is not) shows its alt text in a frame instead.
 */
public final class Pictures {
    /** How many decoded pictures are kept: a spread's, and those a page or two either side. */
    static final int KEPT = 12;

    private final Map<Integer, ImageData> byBlock;
    private final Map<Decoding, CompletableFuture<Image>> decoded = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Decoding, CompletableFuture<Image>> eldest) {
            return size() > KEPT;
        }
    };
    private ExecutorService decoder;

    private record Decoding(ImageData picture, int width, int height) {
    }

    /** {@code byBlock}: the pictures of the story's picture blocks, by leaf block index. */
    public Pictures(Map<Integer, ImageData> byBlock) {
        this.byBlock = Map.copyOf(byBlock);
    }

    /** The picture of leaf block {@code block}, when it is a picture block. */
    public Optional<ImageData> at(int block) {
        return Optional.ofNullable(byBlock.get(block));
    }

    /**
     * A node that shows {@code picture} in {@code box} (offset by {@code left}, {@code top}), its image
     * set once decoded; {@code alt} is shown instead if it cannot be. {@code scale}: the screen's.
     */
    Node view(ImageData picture, String alt, PictureBox box, double left, double top, double scale) {
        ImageView view = new ImageView();
        view.getStyleClass().add("page-picture");
        view.setSmooth(true);
        view.setLayoutX(left + box.x());
        view.setLayoutY(top + box.y());
        view.setFitWidth(box.width());
        view.setFitHeight(box.height());
        view.setManaged(false);
        int width = (int) Math.min(picture.width(), Math.ceil(box.width() * scale));
        int height = (int) Math.min(picture.height(), Math.ceil(box.height() * scale));
        Decoding wanted = new Decoding(picture, width, height);
        decode(wanted).thenAccept(image -> Platform.runLater(() -> {
            if (!image.isError()) {
                view.setImage(image);
            } else if (view.getParent() instanceof javafx.scene.Group group) {
                int at = group.getChildren().indexOf(view);
                group.getChildren().set(at, unreadable(alt, view, box));
            }
        }));
        return view;
    }

    /** Decodes one picture now, on the caller's thread; for tests and the benchmark. */
    Image decodeNow(ImageData picture, int width, int height) {
        return decode(new Decoding(picture, width, height)).join();
    }

    private synchronized CompletableFuture<Image> decode(Decoding wanted) {
        CompletableFuture<Image> known = decoded.get(wanted);
        if (known != null) {
            return known;
        }
        if (decoder == null) {
            decoder = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "quire-pictures");
                thread.setDaemon(true);
                return thread;
            });
        }
        CompletableFuture<Image> decoding = CompletableFuture.supplyAsync(() -> {
            boolean whole = wanted.width() == wanted.picture().width() && wanted.height() == wanted.picture().height();
            return whole ? new Image(wanted.picture().open())
                    : new Image(wanted.picture().open(), wanted.width(), wanted.height(), true, true);
        }, decoder);
        decoded.put(wanted, decoding);
        return decoding;
    }

    private static Node unreadable(String alt, ImageView in, PictureBox box) {
        Text words = new Text(alt);
        words.getStyleClass().add("page-decoration");
        words.setTextAlignment(TextAlignment.CENTER);
        words.setWrappingWidth(Math.max(20, box.width() - 16));
        StackPane frame = new StackPane(words);
        frame.getStyleClass().add("page-picture-unreadable");
        frame.setManaged(false);
        frame.resizeRelocate(in.getLayoutX(), in.getLayoutY(), box.width(), box.height());
        return frame;
    }
}
