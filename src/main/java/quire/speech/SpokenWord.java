package quire.speech;

import quire.place.TextRange;

/** A word of an {@link Utterance}: characters {@code [from, to)} of its speech text, and its story range. */
public record SpokenWord(int from, int to, TextRange range) {
}
