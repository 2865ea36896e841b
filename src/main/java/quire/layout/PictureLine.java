package quire.layout;

import java.util.ArrayList;
import java.util.List;
import quire.story.ImageData;

/**
 * A picture block's one line: the picture at its own size in pixels, or smaller when the measure or the
 * page's content height is smaller, its aspect always kept; centred on the block's measure (inside any
 * quote or list indent). The line covers the block's alt text, so anchors, copying and screen readers
 * have the picture's words, but it draws no text: its last decoration, with empty text, marks where the
 * picture's left edge is, and {@link PictureBox} says where the picture goes.
 */
final class PictureLine {
    private PictureLine() {
    }

    static Line of(BlockTypesetter setting, double maxHeight) {
        ImageData picture = setting.block.picture();
        double room = setting.available(false);
        double scale = Math.min(1, Math.min(room / picture.width(), Math.max(1, maxHeight) / picture.height()));
        double width = Math.max(1, picture.width() * scale);
        double height = Math.max(1, picture.height() * scale);
        double x = setting.indentLeft + Math.max(0, (room - width) / 2);
        List<Run> decorations = new ArrayList<>(2);
        if (!setting.block.marker().isEmpty()) {
            decorations.add(setting.listMarker());
        }
        decorations.add(Run.decoration("", setting.fontAt(0), x));
        return new Line(setting.block.index(), 0, setting.text.length(), Line.Kind.IMAGE, true, true,
                setting.spaceBefore, 0, height, height, List.of(), decorations, false);
    }
}
