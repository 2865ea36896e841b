package quire.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Quire's version, as the pom gives it: Maven writes it into the resource {@code version.txt} when it
 * copies resources (src/main/filtered), so it is right under {@code mvn javafx:run}, in the jar and in
 * the app image alike, and is never written twice.
 */
final class QuireVersion {
    private static final String RESOURCE = "version.txt";

    private QuireVersion() {
    }

    static String current() {
        try (InputStream in = QuireVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Quire was built without its " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
