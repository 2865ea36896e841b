package quire.access;

import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * A stable D-Bus object path for each object shown to assistive technologies, for as long as the object
 * lives: the same node always gets the same path, and a path is never given to another node. The
 * objects are held weakly, so a screen that is gone can be collected. Keys must use identity equality,
 * as nodes and windows do. Not thread-safe: callers hold its owner's lock.
 */
final class ObjectPaths<T> {
    static final String PREFIX = "/org/a11y/atspi/accessible/";

    private final Map<T, Long> ids = new WeakHashMap<>();
    private final Map<Long, WeakReference<T>> objects = new HashMap<>();
    private long next = 1;

    String pathOf(T object) {
        Long id = ids.get(object);
        if (id == null) {
            id = next++;
            ids.put(object, id);
            objects.put(id, new WeakReference<>(object));
        }
        return PREFIX + id;
    }

    /** The object at {@code path}, if it was given one and still lives. */
    Optional<T> objectAt(String path) {
        if (!path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            WeakReference<T> ref = objects.get(Long.parseLong(path.substring(PREFIX.length())));
            return ref == null ? Optional.empty() : Optional.ofNullable(ref.get());
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }

    /** Forgets the paths of objects that were collected, and says which they were. */
    java.util.List<String> sweep() {
        java.util.List<String> gone = new java.util.ArrayList<>();
        objects.entrySet().removeIf(entry -> {
            boolean dead = entry.getValue().get() == null;
            if (dead) {
                gone.add(PREFIX + entry.getKey());
            }
            return dead;
        });
        return gone;
    }
}
