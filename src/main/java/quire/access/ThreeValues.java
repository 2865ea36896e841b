package quire.access;

import org.freedesktop.dbus.Tuple;
import org.freedesktop.dbus.annotations.Position;

/** Three out-arguments, {@code (s, i, i)}: a piece of text and where it starts and ends. */
public final class ThreeValues<A, B, C> extends Tuple {
    @Position(0)
    public final A first;
    @Position(1)
    public final B second;
    @Position(2)
    public final C third;

    public ThreeValues(A first, B second, C third) {
        this.first = first;
        this.second = second;
        this.third = third;
    }

    static ThreeValues<String, Integer, Integer> span(String text, int start, int end) {
        return new ThreeValues<>(text, start, end);
    }
}
