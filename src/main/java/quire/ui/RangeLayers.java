package quire.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import quire.place.TextRange;

/**
 * Every range the reading view draws behind its text, by kind: the selection, search matches, and later
 * highlights and the spoken word. Features set their own kind's ranges; the page view listens to
 * {@link #versionProperty()} and redraws only the ranges, not the text. Ranges of a kind are kept in
 * story order so a page finds its own quickly in a long list.
 */
public final class RangeLayers {
    private final Map<RangeKind, List<TextRange>> byKind = new EnumMap<>(RangeKind.class);
    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(this, "version");

    /** Replaces the ranges of {@code kind}; they must be in story order. */
    public void set(RangeKind kind, List<TextRange> ranges) {
        List<TextRange> previous = byKind.getOrDefault(kind, List.of());
        if (previous.equals(ranges)) {
            return;
        }
        byKind.put(kind, List.copyOf(ranges));
        version.set(version.get() + 1);
    }

    public void clear(RangeKind kind) {
        set(kind, List.of());
    }

    public List<TextRange> get(RangeKind kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** Changes whenever any range changes. */
    public ReadOnlyLongProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    /** The ranges of {@code kind} that may touch text between {@code from} and {@code to} (story order). */
    public List<TextRange> between(RangeKind kind, quire.place.Anchor from, quire.place.Anchor to) {
        List<TextRange> ranges = get(kind);
        if (ranges.isEmpty()) {
            return ranges;
        }
        // The first range that ends after the page starts; ranges of one kind do not overlap, so ends are in order.
        int low = 0;
        int high = ranges.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ranges.get(mid).end().compareTo(from) <= 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        List<TextRange> found = new ArrayList<>();
        for (int i = low; i < ranges.size() && ranges.get(i).start().compareTo(to) <= 0; i++) {
            found.add(ranges.get(i));
        }
        return Collections.unmodifiableList(found);
    }
}
