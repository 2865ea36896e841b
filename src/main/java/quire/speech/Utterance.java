package quire.speech;

import java.util.List;
import java.util.Optional;
import quire.place.TextRange;

/**
 * One stretch of speech handed to eSpeak at once: a sentence, a heading, or the silence of a scene break
 * (empty text). {@code text} is what eSpeak reads, made from the story's text by {@link SpeechText};
 * {@code words} are its words in order with the story ranges they came from; {@code sentence} covers them
 * all (empty for silence). {@code pauseMillis} of silence follow it ({@link Pauses}).
 */
public record Utterance(String text, List<SpokenWord> words, TextRange sentence, int pauseMillis) {

    public Utterance {
        words = List.copyOf(words);
    }

    /**
     * The word eSpeak reports at {@code position} of the text: the word that holds it, else the next
     * one. {@code after}, the index of the word last reported (-1 at first), keeps reporting in order:
     * eSpeak sometimes reports a second word of a phrase it knows ("déjà vu") at a place inside the first,
     * which then means the word after it.
     */
    public Optional<Integer> wordAt(int position, int after) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).to() > position) {
                int index = i <= after ? after + 1 : i;
                return index < words.size() ? Optional.of(index) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
