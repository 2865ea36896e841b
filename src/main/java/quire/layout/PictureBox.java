package quire.layout;

import quire.story.ImageData;

/**
 * Where a picture line's picture is drawn, in the page's content box: the line's box, as wide as the
 * picture's aspect makes it at the line's height. For any other line, no box.
 */
public record PictureBox(double x, double y, double width, double height) {

    /** The box of {@code line}'s picture; null unless the line is an {@link Line.Kind#IMAGE} line. */
    public static PictureBox of(Line line, ImageData picture) {
        if (line.kind() != Line.Kind.IMAGE || line.decorations().isEmpty()) {
            return null;
        }
        Run edge = line.decorations().get(line.decorations().size() - 1);
        double width = line.height() * picture.width() / picture.height();
        return new PictureBox(edge.x(), line.top(), width, line.height());
    }
}
