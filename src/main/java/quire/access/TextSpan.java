package quire.access;

import org.freedesktop.dbus.Tuple;
import org.freedesktop.dbus.annotations.Position;

/** A piece of text and where it lies, the three answers {@code (s, i, i)} of the Text interface. */
public final class TextSpan extends Tuple {
    @Position(0)
    public final String text;
    @Position(1)
    public final int start;
    @Position(2)
    public final int end;

    public TextSpan(String text, int start, int end) {
        this.text = text;
        this.start = start;
        this.end = end;
    }
}
