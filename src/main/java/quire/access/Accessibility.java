package quire.access;

/**
 * The one door into the bridge. {@link #startWhenAsked} returns at once: a thread of its own asks the
 * session bus whether an assistive technology is on and starts the bridge only then. This class names
 * no dbus-java type, so loading it loads none; they load on that thread.
 */
public final class Accessibility {
    private Accessibility() {
    }

    /**
     * Watches for a screen reader and, while one is on, shows the application's windows to it under
     * {@code appName}. Call after the first frame: nothing here may delay it. Without a session bus
     * it does nothing.
     */
    public static void startWhenAsked(String appName) {
        Thread watch = new Thread(() -> {
            try {
                StatusWatch.start(appName);
            } catch (Exception | LinkageError noSessionBus) {
                // No session bus (or no D-Bus at all): there is no assistive technology to serve.
            }
        }, "quire-access");
        watch.setDaemon(true);
        watch.setPriority(Thread.MIN_PRIORITY);
        watch.start();
    }
}
