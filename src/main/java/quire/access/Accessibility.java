package quire.access;

/**
 * The one door into the bridge. {@link #startWhenAsked} returns at once: a thread of its own asks the
 * session bus whether an assistive technology is on ({@link StatusProbe}, Java's own Unix socket) and
 * starts the bridge only then. Until then no dbus-java class is loaded.
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
                java.util.Optional<java.nio.file.Path> bus = StatusProbe.sessionSocket(System.getenv());
                if (bus.isPresent()) {
                    new StatusLoop(appName).run(bus.get());
                }
            } catch (java.io.IOException | RuntimeException noSessionBus) {
                // No session bus, or it went away: there is no assistive technology to serve.
            }
        }, "quire-access");
        watch.setDaemon(true);
        watch.setPriority(Thread.MIN_PRIORITY);
        watch.start();
    }
}
