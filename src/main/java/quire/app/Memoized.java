package quire.app;

import java.util.function.Supplier;

/** A value made on first use and kept: for work that should not delay the first frame. */
final class Memoized<T> implements Supplier<T> {
    private final Supplier<T> maker;
    private T value;

    Memoized(Supplier<T> maker) {
        this.maker = maker;
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = maker.get();
        }
        return value;
    }
}
