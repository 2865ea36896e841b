package quire.access;

import org.freedesktop.dbus.Struct;
import org.freedesktop.dbus.annotations.Position;

/** A rectangle as AT-SPI's {@code GetExtents} gives it, {@code (iiii)}. */
public final class Extents extends Struct {
    @Position(0)
    public final int x;
    @Position(1)
    public final int y;
    @Position(2)
    public final int width;
    @Position(3)
    public final int height;

    public Extents(int x, int y, int width, int height) {
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
    }
}
