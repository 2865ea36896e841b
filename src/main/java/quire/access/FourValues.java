package quire.access;

import org.freedesktop.dbus.Tuple;
import org.freedesktop.dbus.annotations.Position;

/** Four out-arguments, {@code (i, i, i, i)}: a rectangle, as the Text interface's extents are answered. */
public final class FourValues<A, B, C, D> extends Tuple {
    @Position(0)
    public final A x;
    @Position(1)
    public final B y;
    @Position(2)
    public final C width;
    @Position(3)
    public final D height;

    public FourValues(A x, B y, C width, D height) {
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
    }

    static FourValues<Integer, Integer, Integer, Integer> box(int x, int y, int width, int height) {
        return new FourValues<>(x, y, width, height);
    }
}
