package quire.access;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The watching thread's work: while the session bus says an assistive technology is on, the bridge is
 * open; when it says none is, it is closed. dbus-java is loaded only when the bridge first opens: the
 * bridge is held as an {@link AutoCloseable}, and this class names no dbus-java type.
 */
final class StatusLoop {
    private final String appName;
    private AutoCloseable bridge;

    StatusLoop(String appName) {
        this.appName = appName;
    }

    /** Runs until the session bus goes away. */
    void run(Path sessionBus) throws IOException {
        try (StatusProbe probe = StatusProbe.connect(sessionBus)) {
            while (true) {
                follow(probe);
                probe.awaitChange();
            }
        } finally {
            closeBridge();
        }
    }

    private void follow(StatusProbe probe) throws IOException {
        boolean on = probe.enabled();
        if (on && bridge == null) {
            Optional<String> address = probe.accessibilityBusAddress();
            if (address.isPresent()) {
                bridge = open(address.get());
            }
        } else if (!on) {
            closeBridge();
        }
    }

    private AutoCloseable open(String address) {
        try {
            return AtspiBridge.open(address, appName);
        } catch (Exception | LinkageError unavailable) {
            System.err.println("quire: the screen-reader bridge could not start: " + unavailable);
            return null;
        }
    }

    private void closeBridge() {
        if (bridge != null) {
            try {
                bridge.close();
            } catch (Exception alreadyGone) {
                // Closing a bus that is gone: nothing is left to tell.
            }
            bridge = null;
        }
    }
}
