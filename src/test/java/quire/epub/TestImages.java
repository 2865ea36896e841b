package quire.epub;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Small images made for the fixtures: drawn here, so no picture in the tests belongs to anyone else. */
public final class TestImages {
    private TestImages() {
    }

    /** A harbour chart as a PNG of {@code width} x {@code height}: sea, a coast, a sea wall and a cross. */
    public static byte[] chart(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x9cc3d5));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xe8dcb5));
        g.fillPolygon(new int[] {0, width * 2 / 5, width / 2, width * 3 / 4, width, width, 0},
                new int[] {height / 3, height / 4, height / 2, height * 2 / 5, height / 5, height, height}, 7);
        g.setColor(new Color(0x5a4632));
        g.setStroke(new BasicStroke(Math.max(2, width / 120f)));
        g.drawLine(width / 2, height / 2, width / 2 + width / 6, height / 4);
        g.setColor(new Color(0xb02a1e));
        int x = width * 4 / 5;
        int y = height / 8;
        g.drawLine(x - 10, y - 10, x + 10, y + 10);
        g.drawLine(x - 10, y + 10, x + 10, y - 10);
        g.setColor(new Color(0x2b3a42));
        g.drawRect(1, 1, width - 3, height - 3);
        g.dispose();
        return png(image);
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
