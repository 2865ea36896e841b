package quire.access;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Every listener and event filter one bridge puts on the application's windows, scenes and nodes, so
 * that closing the bridge takes them all off again: a screen reader turned off and on gets a bridge
 * whose listeners are the only ones there, never a second set beside a closed bridge's. It holds what
 * it listens to, and the listeners, weakly: it keeps no node alive. UI thread only.
 */
final class Listening {
    private static final int TIDY_EVERY = 1024;

    private final List<Attached<?, ?>> attached = new ArrayList<>();
    private int sinceTidy;

    private record Attached<T, L>(WeakReference<T> target, WeakReference<L> listener, BiConsumer<T, L> remove) {
        boolean gone() {
            return target.get() == null || listener.get() == null;
        }

        void detach() {
            T stillTarget = target.get();
            L stillListener = listener.get();
            if (stillTarget != null && stillListener != null) {
                remove.accept(stillTarget, stillListener);
            }
        }
    }

    /**
     * {@code attach.accept(target, listener)} now, and {@code remove.accept(target, listener)} when
     * the bridge closes, if both are still there.
     */
    <T, L> void add(T target, L listener, BiConsumer<T, L> attach, BiConsumer<T, L> remove) {
        attach.accept(target, listener);
        attached.add(new Attached<>(new WeakReference<>(target), new WeakReference<>(listener), remove));
        if (++sinceTidy >= TIDY_EVERY) {
            sinceTidy = 0;
            attached.removeIf(Attached::gone); // nodes long gone took their listeners with them
        }
    }

    /** How many listeners are on through this, their targets still there. */
    int attached() {
        return (int) attached.stream().filter(a -> !a.gone()).count();
    }

    /** Takes every listener off, last first. */
    void detachAll() {
        for (int i = attached.size() - 1; i >= 0; i--) {
            attached.get(i).detach();
        }
        attached.clear();
    }
}
