package quire.epub;

import java.util.Optional;
import quire.story.ImageData;

/**
 * What a stored picture is, read from its first bytes, never from its file name or a manifest's media
 * type (both can be wrong): PNG, JPEG, GIF or BMP, the formats the reader can draw, with the size its
 * header gives. Anything else (SVG, WebP, a truncated or lying header, a picture so large that decoding
 * it would take more than {@link #MAX_PIXELS} pixels of memory) is not a picture it can show, and the
 * page keeps the image's alt text instead.
 */
final class ImageSize {
    /** The most pixels a picture may have: 24 megapixels, about 96 MB once decoded. */
    static final long MAX_PIXELS = 24L * 1000 * 1000;
    /** The widest or tallest a picture may be, in pixels. */
    static final int MAX_SIDE = 16_384;

    private ImageSize() {
    }

    /** The picture in {@code bytes}, when they are one the reader can draw. */
    static Optional<ImageData> of(byte[] bytes) {
        ImageData.Format format = formatOf(bytes);
        if (format == null) {
            return Optional.empty();
        }
        int[] size = switch (format) {
            case PNG -> png(bytes);
            case GIF -> new int[] {u16le(bytes, 6), u16le(bytes, 8)};
            case BMP -> bmp(bytes);
            case JPEG -> jpeg(bytes);
        };
        if (size == null || size[0] <= 0 || size[1] <= 0 || size[0] > MAX_SIDE || size[1] > MAX_SIDE
                || (long) size[0] * size[1] > MAX_PIXELS) {
            return Optional.empty();
        }
        return Optional.of(new ImageData(format, size[0], size[1], bytes));
    }

    private static ImageData.Format formatOf(byte[] b) {
        if (b.length >= 24 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0d && b[5] == 0x0a && b[6] == 0x1a && b[7] == 0x0a) {
            return ImageData.Format.PNG;
        }
        if (b.length >= 10 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8'
                && (b[4] == '7' || b[4] == '9') && b[5] == 'a') {
            return ImageData.Format.GIF;
        }
        if (b.length >= 26 && b[0] == 'B' && b[1] == 'M') {
            return ImageData.Format.BMP;
        }
        if (b.length >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return ImageData.Format.JPEG;
        }
        return null;
    }

    private static int[] png(byte[] b) {
        boolean header = b[12] == 'I' && b[13] == 'H' && b[14] == 'D' && b[15] == 'R';
        return header ? new int[] {s32be(b, 16), s32be(b, 20)} : null;
    }

    private static int[] bmp(byte[] b) {
        int headerSize = s32le(b, 14);
        if (headerSize == 12) { // the old OS/2 header: 16-bit sizes
            return new int[] {u16le(b, 18), u16le(b, 20)};
        }
        // A negative height means the rows are stored top-down; the size is the same.
        return headerSize >= 40 ? new int[] {s32le(b, 18), Math.abs(s32le(b, 22))} : null;
    }

    /** The size in a JPEG's start-of-frame segment, walking the segments before it by their lengths. */
    private static int[] jpeg(byte[] b) {
        int at = 2;
        while (at + 3 < b.length) {
            if ((b[at] & 0xff) != 0xff) {
                return null;
            }
            int marker = b[at + 1] & 0xff;
            if (marker == 0xff) { // fill byte before a marker
                at++;
                continue;
            }
            if (marker == 0xd8 || marker == 0x01 || marker >= 0xd0 && marker <= 0xd7) {
                at += 2;
                continue;
            }
            if (marker == 0xd9 || marker == 0xda) { // end of image, or the scan before any frame
                return null;
            }
            int length = u16be(b, at + 2);
            boolean frame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
            if (frame) {
                return at + 8 < b.length ? new int[] {u16be(b, at + 7), u16be(b, at + 5)} : null;
            }
            if (length < 2) {
                return null;
            }
            at += 2 + length;
        }
        return null;
    }

    private static int u16le(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static int u16be(byte[] b, int at) {
        return (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
    }

    private static int s32le(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | b[at + 3] << 24;
    }

    private static int s32be(byte[] b, int at) {
        return b[at] << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }
}
