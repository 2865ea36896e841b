package quire.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When each word of one reading is heard, in frames of its sound from the reading's start. Synthesis
 * appends (a word's event arrives with its sound, before it is heard); the highlight asks which word
 * the played frame count has reached. Thread-safe.
 */
final class SpokenTimeline {
    private record Entry(long frame, Spoken spoken) {
    }

    private final List<Entry> entries = new ArrayList<>();

    synchronized void add(long frame, Spoken spoken) {
        if (!entries.isEmpty() && entries.get(entries.size() - 1).frame() > frame) {
            frame = entries.get(entries.size() - 1).frame();
        }
        entries.add(new Entry(frame, spoken));
    }

    /** The last word that starts at or before {@code frame}; empty before the first. */
    synchronized Optional<Spoken> at(long frame) {
        int low = 0;
        int high = entries.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (entries.get(mid).frame() <= frame) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low == 0 ? Optional.empty() : Optional.of(entries.get(low - 1).spoken());
    }

    synchronized int size() {
        return entries.size();
    }

    /** Every word in order, for tests and figures. */
    synchronized List<Spoken> words() {
        return entries.stream().map(Entry::spoken).toList();
    }

    synchronized List<Long> frames() {
        return new ArrayList<>(entries.stream().map(Entry::frame).toList());
    }
}
