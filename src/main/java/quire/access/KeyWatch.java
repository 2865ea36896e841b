package quire.access;

import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.event.EventHandler;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.freedesktop.dbus.types.UInt32;

/**
 * Offers each key to the screen reader before the window sees it, as GTK's bridge does: on X11 that is
 * how Orca hears its own commands (Say All, flat review, where am I) in an application's window. A key
 * the reader takes is consumed; a reader that does not answer in {@link #WAIT_MS} lets it through, so
 * typing never stalls. Filters on the windows, so they come before the scene's own key handling.
 */
final class KeyWatch {
    private static final long WAIT_MS = 250;
    private static final int SHIFT = 1;
    private static final int CONTROL = 1 << 2;
    private static final int ALT = 1 << 3;
    private static final int SUPER = 1 << 6;

    private final AtspiDeviceEvents registry;
    private final Listening listening;
    private final Map<Window, Boolean> watched = new WeakHashMap<>();
    private final ExecutorService asker = Executors.newSingleThreadExecutor(run -> {
        Thread thread = new Thread(run, "quire-access-keys");
        thread.setDaemon(true);
        return thread;
    });

    KeyWatch(AtspiDeviceEvents registry, Listening listening) {
        this.registry = registry;
        this.listening = listening;
    }

    void start() {
        Window.getWindows().forEach(this::watch);
        listening.add(Window.getWindows(), (ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::watch);
            }
        }, ObservableList::addListener, ObservableList::removeListener);
    }

    private void watch(Window window) {
        if (watched.put(window, Boolean.TRUE) == null) {
            EventHandler<KeyEvent> offer = this::offer;
            listening.add(window, offer, (w, h) -> w.addEventFilter(KeyEvent.KEY_PRESSED, h),
                    (w, h) -> w.removeEventFilter(KeyEvent.KEY_PRESSED, h));
            listening.add(window, offer, (w, h) -> w.addEventFilter(KeyEvent.KEY_RELEASED, h),
                    (w, h) -> w.removeEventFilter(KeyEvent.KEY_RELEASED, h));
        }
    }

    private void offer(KeyEvent event) {
        Optional<DeviceEvent> offered = deviceEvent(event);
        if (offered.isEmpty() || asker.isShutdown()) {
            return;
        }
        try {
            CompletableFuture<Boolean> taken = CompletableFuture.supplyAsync(
                    () -> registry.NotifyListenersSync(offered.get()), asker);
            if (Boolean.TRUE.equals(taken.get(WAIT_MS, TimeUnit.MILLISECONDS))) {
                event.consume();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (Exception noAnswer) {
            // The reader did not answer in time (or the bus is gone): the key is the application's.
        }
    }

    static Optional<DeviceEvent> deviceEvent(KeyEvent event) {
        return XKeys.of(event.getCode(), event.isShiftDown()).map(key -> {
            boolean pressed = event.getEventType() == KeyEvent.KEY_PRESSED;
            String text = pressed && !event.getText().isEmpty() && !event.isControlDown() ? event.getText() : key.name();
            int modifiers = (event.isShiftDown() ? SHIFT : 0) | (event.isControlDown() ? CONTROL : 0)
                    | (event.isAltDown() ? ALT : 0) | (event.isMetaDown() ? SUPER : 0);
            boolean isText = text.length() == 1 && !Character.isISOControl(text.charAt(0));
            return new DeviceEvent(new UInt32(pressed ? DeviceEvent.PRESSED : DeviceEvent.RELEASED), key.keysym(),
                    (short) key.keycode(), (short) modifiers, (int) System.currentTimeMillis(), text, isText);
        });
    }

    void close() {
        asker.shutdown();
    }
}
