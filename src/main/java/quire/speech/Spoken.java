package quire.speech;

import quire.place.TextRange;

/** What the listener hears now: the word, and the sentence it belongs to. */
public record Spoken(TextRange word, TextRange sentence) {
}
