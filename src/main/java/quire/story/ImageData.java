package quire.story;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * A picture stored in the story's own file (an EPUB's image, an HTML page's {@code data:} image): its
 * bytes exactly as the file holds them, in a format the reader can draw, and its size in pixels as the
 * image's header gives it. Immutable; two are equal when their bytes are.
 */
public final class ImageData {
    /** The formats a picture may be in: those JavaFX decodes. */
    public enum Format { PNG, JPEG, GIF, BMP }

    private final Format format;
    private final int width;
    private final int height;
    private final byte[] bytes;
    private final int hash;

    public ImageData(Format format, int width, int height, byte[] bytes) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a picture has a size: " + width + "x" + height);
        }
        this.format = Objects.requireNonNull(format, "format");
        this.width = width;
        this.height = height;
        this.bytes = bytes.clone();
        this.hash = Arrays.hashCode(this.bytes);
    }

    public Format format() {
        return format;
    }

    /** Width in pixels. */
    public int width() {
        return width;
    }

    /** Height in pixels. */
    public int height() {
        return height;
    }

    /** The picture's bytes, to decode; the stream is over the stored bytes, nothing is copied. */
    public InputStream open() {
        return new ByteArrayInputStream(bytes);
    }

    public int byteCount() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImageData that && format == that.format && width == that.width
                && height == that.height && hash == that.hash && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return format + " " + width + "x" + height + " (" + bytes.length + " bytes)";
    }
}
