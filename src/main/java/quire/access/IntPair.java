package quire.access;

import org.freedesktop.dbus.Tuple;
import org.freedesktop.dbus.annotations.Position;

/** Two numbers answered as two values {@code (i, i)}: a position, a size, or a selection's ends. */
public final class IntPair extends Tuple {
    @Position(0)
    public final int first;
    @Position(1)
    public final int second;

    public IntPair(int first, int second) {
        this.first = first;
        this.second = second;
    }
}
