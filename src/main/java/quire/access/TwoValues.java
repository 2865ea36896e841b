package quire.access;

import org.freedesktop.dbus.Tuple;
import org.freedesktop.dbus.annotations.Position;

/**
 * Two values answered as two out-arguments, {@code (i, i)}: a position, a size or a selection's ends.
 * dbus-java reads a tuple's D-Bus types from its type arguments, so tuples are generic.
 */
public final class TwoValues<A, B> extends Tuple {
    @Position(0)
    public final A first;
    @Position(1)
    public final B second;

    public TwoValues(A first, B second) {
        this.first = first;
        this.second = second;
    }

    static TwoValues<Integer, Integer> ints(int first, int second) {
        return new TwoValues<>(first, second);
    }
}
