package quire.text;

import quire.place.TextRange;

/**
 * One place where the query occurs, as a range of the author's text, with a few words on each side for
 * a list of matches: {@code before + matched + after} is the text around it as written (line ends and
 * runs of space shown as one space).
 */
public record SearchMatch(TextRange range, String before, String matched, String after) {
}
