package quire.speech;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import quire.place.Anchor;
import quire.place.BlockRole;

/**
 * The story as a listener hears it: sentence after sentence from a place, headings and scene breaks with
 * their pauses ({@link Pauses}). Made lazily, a block at a time, so starting to read in a long story
 * costs one paragraph's work, not the story's. Reading starts at the first word at or after the place.
 */
public final class SpeechScript {
    private final List<String> texts;
    private final List<BlockRole> roles;
    private final Locale locale;
    private final int wordsPerMinute;

    public SpeechScript(List<String> blockTexts, List<BlockRole> roles, String language, int wordsPerMinute) {
        this.texts = blockTexts;
        this.roles = roles;
        this.locale = Locale.forLanguageTag(SpeechText.voiceFor(language));
        this.wordsPerMinute = wordsPerMinute;
    }

    /** An iterator of utterances from {@code place} to the story's end; the first one holds a word. */
    public Cursor from(Anchor place) {
        return new Cursor(place);
    }

    /** The utterances of one block, starting at its first word at or after {@code offset}. */
    List<Utterance> block(int block, int start) {
        int offset = start;
        BlockRole role = roles.get(block);
        BlockRole next = block + 1 < roles.size() ? roles.get(block + 1) : null;
        String text = texts.get(block);
        if (role == BlockRole.SCENE_BREAK) {
            return List.of(SpeechText.of(block, text, text.length(), text.length(),
                    Pauses.after(role, true, next, wordsPerMinute)));
        }
        // A place inside a word (a page never starts there, a selection may) reads from the next word.
        while (offset > 0 && offset < text.length() && Character.isLetterOrDigit(text.charAt(offset - 1))
                && Character.isLetterOrDigit(text.charAt(offset))) {
            offset++;
        }
        List<int[]> spans = role == BlockRole.HEADING ? List.of(new int[] {0, text.length()}) : sentences(text);
        List<Utterance> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int from = spans.get(i)[0];
            int to = spans.get(i)[1];
            if (to <= offset) {
                continue;
            }
            boolean last = i == spans.size() - 1;
            Utterance u = SpeechText.of(block, text, Math.max(from, offset), to,
                    Pauses.after(role, last, next, wordsPerMinute));
            if (!u.words().isEmpty() || last && !out.isEmpty()) {
                out.add(u);
            }
        }
        return out;
    }

    private List<int[]> sentences(String text) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(locale);
        breaks.setText(text);
        List<int[]> spans = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            spans.add(new int[] {start, end});
        }
        if (spans.isEmpty()) {
            spans.add(new int[] {0, text.length()});
        }
        return spans;
    }

    /** Walks the script; not thread-safe (the synthesis thread owns it). */
    public final class Cursor {
        private int block;
        private int offset;
        private List<Utterance> pending = List.of();
        private int index;
        private boolean started;

        private Cursor(Anchor place) {
            this.block = Math.min(place.block(), texts.size());
            this.offset = place.offset();
        }

        public boolean hasNext() {
            while (index >= pending.size() && block < texts.size()) {
                pending = block(block, offset);
                // Silence before the first word read would only delay it.
                if (!started) {
                    pending = pending.stream().filter(u -> !u.words().isEmpty()).toList();
                }
                index = 0;
                block++;
                offset = 0;
            }
            return index < pending.size();
        }

        public Utterance next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            started = true;
            return pending.get(index++);
        }
    }
}
