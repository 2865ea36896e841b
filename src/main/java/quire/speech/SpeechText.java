package quire.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import quire.place.TextRange;

/**
 * Turns a stretch of one block's text into what eSpeak should read, keeping where each character came
 * from, so eSpeak's positions lead back to the story's words. The author's characters mostly go through
 * unchanged: eSpeak itself pauses at ellipses, dashes and curly quotes and does not name them. What would
 * be read out wrongly is left out: a LiveJournal-style {@code [profile]} before a user name (the name is
 * read, not "profile"), soft hyphens (so a word stays one word), and marks that eSpeak spells out when they
 * are only emphasis ({@code * _ ~}).
 */
public final class SpeechText {
    private static final String[] TAGS = {"[profile]", "[community]"};

    private SpeechText() {
    }

    /** Characters {@code [from, to)} of block {@code block}, whose whole text is {@code text}, ready to speak. */
    public static Utterance of(int block, String text, int from, int to, int pauseMillis) {
        StringBuilder spoken = new StringBuilder(to - from);
        // source[i]: the block offset of spoken character i.
        int[] source = new int[to - from + 1];
        int i = from;
        while (i < to) {
            int tag = tagAt(text, i, to);
            if (tag > 0) {
                i += tag;
                continue;
            }
            char c = text.charAt(i);
            if (c == '\u00ad') {
                i++;
                continue;
            }
            source[spoken.length()] = i;
            spoken.append(c == '*' || c == '_' || c == '~' ? ' ' : c);
            i++;
        }
        List<SpokenWord> words = new ArrayList<>();
        int at = 0;
        while (at < spoken.length()) {
            if (!isWordChar(spoken, at)) {
                at++;
                continue;
            }
            int start = at;
            while (at < spoken.length() && (isWordChar(spoken, at) || joinsWord(spoken, at))) {
                at++;
            }
            words.add(new SpokenWord(start, at, TextRange.inBlock(block, source[start], source[at - 1] + 1)));
        }
        TextRange sentence = words.isEmpty() ? TextRange.inBlock(block, from, from)
                : new TextRange(words.get(0).range().start(), words.get(words.size() - 1).range().end());
        return new Utterance(spoken.toString(), words, sentence, pauseMillis);
    }

    /** The length of a tag to leave out at {@code i}, with the spaces after it; 0 when there is none. */
    private static int tagAt(String text, int i, int to) {
        for (String tag : TAGS) {
            if (text.regionMatches(true, i, tag, 0, tag.length()) && i + tag.length() <= to) {
                int end = i + tag.length();
                while (end < to && text.charAt(end) == ' ') {
                    end++;
                }
                return end - i;
            }
        }
        return 0;
    }

    private static boolean isWordChar(CharSequence s, int i) {
        char c = s.charAt(i);
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c) && Character.isLetterOrDigit(
                Character.codePointAt(s, i < s.length() - 1 && Character.isHighSurrogate(c) ? i : Math.max(0, i - 1)))
                || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** An apostrophe or hyphen between letters belongs to the word: "can’t", "well-known". */
    private static boolean joinsWord(CharSequence s, int i) {
        char c = s.charAt(i);
        boolean joiner = c == '\'' || c == '\u2019' || c == '-' || c == '\u2010';
        return joiner && i + 1 < s.length() && isWordChar(s, i + 1) && i > 0 && isWordChar(s, i - 1);
    }

    /**
     * Lower-case language code for eSpeak: "en", "en-gb", "pt-br" (front matter may say "en_GB"). AO3
     * writes the language's name, in English or in itself ("French", "Fran\u00e7ais", "Deutsch"): it
     * becomes its code, or eSpeak would not find the voice and English would read the story.
     */
    public static String voiceFor(String language) {
        String given = language == null ? "" : language.strip();
        String code = given.replace('_', '-').toLowerCase(Locale.ROOT);
        if (code.length() > 3 && !code.contains("-")) {
            code = codeOfName(given).orElse(code);
        }
        return code.isEmpty() ? "en" : code;
    }

    private static java.util.Optional<String> codeOfName(String name) {
        for (Locale locale : Locale.getAvailableLocales()) {
            if (!locale.getLanguage().isEmpty() && (name.equalsIgnoreCase(locale.getDisplayLanguage(Locale.ENGLISH))
                    || name.equalsIgnoreCase(locale.getDisplayLanguage(locale)))) {
                return java.util.Optional.of(locale.getLanguage());
            }
        }
        return java.util.Optional.empty();
    }
}
