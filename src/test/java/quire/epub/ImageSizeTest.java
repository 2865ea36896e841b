package quire.epub;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import quire.story.ImageData;

/** Stored pictures are recognised by their bytes and sized from their headers, or refused. */
class ImageSizeTest {

    private static byte[] encoded(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).as(format).isTrue();
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpg", "gif", "bmp"})
    void eachFormatTheReaderDrawsIsSizedFromItsHeader(String format) throws IOException {
        ImageData picture = ImageSize.of(encoded(format, 321, 123)).orElseThrow();
        assertThat(picture.width()).isEqualTo(321);
        assertThat(picture.height()).isEqualTo(123);
        assertThat(picture.format().name().toLowerCase()).startsWith(format.substring(0, 2));
    }

    @Test
    void aJpegWithMetadataSegmentsBeforeItsFrameIsStillSized() throws IOException {
        byte[] jpeg = encoded("jpg", 64, 48);
        byte[] comment = "\u00ff\u00feLong comment written by a camera.".getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer withComment = ByteBuffer.allocate(jpeg.length + comment.length + 2);
        withComment.put(jpeg, 0, 2).put(comment, 0, 2).putShort((short) (comment.length)).put(comment, 2, comment.length - 2)
                .put(jpeg, 2, jpeg.length - 2);
        ImageData picture = ImageSize.of(withComment.array()).orElseThrow();
        assertThat(picture.width()).isEqualTo(64);
        assertThat(picture.height()).isEqualTo(48);
    }

    @Test
    void svgWebpTextAndTruncatedHeadersAreNotPictures() throws IOException {
        assertThat(ImageSize.of("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ImageSize.of("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(ImageSize.of(new byte[0])).isEmpty();
        byte[] png = encoded("png", 10, 10);
        assertThat(ImageSize.of(Arrays.copyOf(png, 12))).isEmpty();
        byte[] jpeg = encoded("jpg", 10, 10);
        assertThat(ImageSize.of(Arrays.copyOf(jpeg, 6))).isEmpty();
    }

    @Test
    void aPictureTooLargeToDecodeSafelyIsRefused() throws IOException {
        byte[] png = encoded("png", 10, 10);
        ByteBuffer.wrap(png).putInt(16, 6000).putInt(20, 5000); // 30 megapixels claimed
        assertThat(ImageSize.of(png)).isEmpty();
        ByteBuffer.wrap(png).putInt(16, 20_000).putInt(20, 10);
        assertThat(ImageSize.of(png)).isEmpty();
        ByteBuffer.wrap(png).putInt(16, 0).putInt(20, 10);
        assertThat(ImageSize.of(png)).isEmpty();
        ByteBuffer.wrap(png).putInt(16, 4000).putInt(20, 6000);
        assertThat(ImageSize.of(png)).isPresent();
    }

    @Test
    void arbitraryBytesNeverThrow() {
        Random random = new Random(20261202);
        byte[][] starts = {{(byte) 0xff, (byte) 0xd8, (byte) 0xff}, {'G', 'I', 'F', '8', '9', 'a'}, {'B', 'M'},
                {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a}};
        for (int i = 0; i < 2_000; i++) {
            byte[] bytes = new byte[random.nextInt(64)];
            random.nextBytes(bytes);
            byte[] start = starts[i % starts.length];
            System.arraycopy(start, 0, bytes, 0, Math.min(start.length, bytes.length));
            ImageSize.of(bytes).ifPresent(picture -> assertThat(picture.width() * (long) picture.height())
                    .isBetween(1L, ImageSize.MAX_PIXELS));
        }
    }
}
