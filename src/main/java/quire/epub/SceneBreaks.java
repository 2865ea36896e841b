package quire.epub;

import java.util.regex.Pattern;

/**
 * Which short paragraphs are scene breaks: "* * *", "~~~", "o0o", a line of dashes. Punctuation that
 * speaks ("...", "?!", an em dash) is a pause in the text, not a break, and stays a paragraph.
 */
final class SceneBreaks {
    private static final Pattern MARKER = Pattern.compile("[\\p{P}\\p{S} \u00a0oOxX0]{1,40}");
    private static final Pattern PAUSE = Pattern.compile("[.\u2026!?\u2013\u2014\"'\u201c\u201d\u2018\u2019 \u00a0]+");
    private static final Pattern LETTERS_ONLY = Pattern.compile("(?i)[ox0 \u00a0]+");
    private static final Pattern PLAY = Pattern.compile("o0o|oOo|OoO|xXx|XxX|0o0");

    /** What {@code <hr>} becomes: a marker the page view draws as a plain rule. */
    static final String RULE = "---";

    private SceneBreaks() {
    }

    static boolean isMarker(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty() || !MARKER.matcher(stripped).matches() || PAUSE.matcher(stripped).matches()) {
            return false;
        }
        if (stripped.chars().allMatch(c -> c == '-')) {
            return stripped.length() >= 3;
        }
        if (LETTERS_ONLY.matcher(stripped).matches()) {
            return PLAY.matcher(stripped.replace(" ", "")).matches();
        }
        // One lone symbol ("*", "#") is a break only when it stands for one: a single "&" is not.
        return stripped.codePointCount(0, stripped.length()) > 1 || "*#~\u2042\u2727\u2726\u25c6\u2766".contains(stripped);
    }
}
