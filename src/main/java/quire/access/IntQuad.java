package quire.access;

import org.freedesktop.dbus.Tuple;
import org.freedesktop.dbus.annotations.Position;

/** A rectangle answered as four values {@code (i, i, i, i)}, as the Text interface's extents are. */
public final class IntQuad extends Tuple {
    @Position(0)
    public final int x;
    @Position(1)
    public final int y;
    @Position(2)
    public final int width;
    @Position(3)
    public final int height;

    public IntQuad(int x, int y, int width, int height) {
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
    }
}
