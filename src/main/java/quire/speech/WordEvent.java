package quire.speech;

/**
 * eSpeak's report that a word starts: {@code position} is the word's first character in the text given to
 * {@link ESpeak#speak} (0-based, counted in Java chars), {@code length} its length in characters, and
 * {@code millis} where its sound starts, from the start of that text's audio.
 */
record WordEvent(int position, int length, int millis) {
}
