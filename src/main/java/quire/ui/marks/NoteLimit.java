package quire.ui.marks;

import java.util.Optional;
import quire.marks.Highlight;

/**
 * How much of an edit fits in a note. A note may grow to {@link Highlight#MAX_NOTE_LENGTH} characters;
 * one already longer (kept whole from a file, or joined from several highlights) may be shortened or
 * changed, never grown. A count appears in the last tenth before the limit, so that the stop is expected.
 */
final class NoteLimit {
    static final int COUNT_FROM = Highlight.MAX_NOTE_LENGTH - Highlight.MAX_NOTE_LENGTH / 10;

    private NoteLimit() {
    }

    /**
     * The start of {@code added} that fits when it replaces {@code replaced} of a note's {@code length}
     * characters: all of it, a part (a paste cut short, never between the two halves of a surrogate
     * pair), or nothing.
     */
    static String fitting(int length, int replaced, String added) {
        int allowed = Math.max(Highlight.MAX_NOTE_LENGTH, length);
        int room = Math.max(0, allowed - (length - replaced));
        if (added.length() <= room) {
            return added;
        }
        boolean halfAPair = room > 0 && Character.isHighSurrogate(added.charAt(room - 1));
        return added.substring(0, halfAPair ? room - 1 : room);
    }

    /** The count to show with a note of {@code length} characters; none while it is far from the limit. */
    static Optional<String> count(int length) {
        if (length < COUNT_FROM) {
            return Optional.empty();
        }
        return Optional.of(length >= Highlight.MAX_NOTE_LENGTH
                ? String.format("%,d characters: the note is full", length)
                : String.format("%,d of %,d characters", length, Highlight.MAX_NOTE_LENGTH));
    }
}
