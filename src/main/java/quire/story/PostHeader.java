package quire.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fanfic-post header: the story opens with paragraphs such as {@code Rating: R} or
 * {@code A/N: Written for...}. The header is the leading run of paragraphs whose first line starts
 * with a known key (case-insensitive); inside one paragraph, every line that starts with a known key
 * opens a new field and other lines continue the one before. The first other paragraph starts the body.
 */
final class PostHeader {
    private static final Pattern KEY_LINE = Pattern.compile("[ \\t]*([^:\\n]{1,40}?)[ \\t]*:[ \\t]*(.*)");
    /** Header keys with no metadata slot; they are kept and shown under the author's own key. */
    private static final Set<String> KNOWN_OTHER_KEYS = Set.of("disclaimer", "beta", "beta reader", "spoilers",
            "feedback", "series", "timeline", "prompt", "status");

    private PostHeader() {
    }

    static MetadataSplit split(String text) {
        List<MetadataField> fields = new ArrayList<>();
        int position = skipBlankLines(text, 0);
        while (position < text.length()) {
            int end = paragraphEnd(text, position);
            List<MetadataField> paragraphFields = fieldsOf(text.substring(position, end));
            if (paragraphFields.isEmpty()) {
                break;
            }
            fields.addAll(paragraphFields);
            position = skipBlankLines(text, end);
        }
        return new MetadataSplit(fields, fields.isEmpty() ? text : text.substring(position));
    }

    /** The fields of a header paragraph, or none when its first line is not a known key. */
    private static List<MetadataField> fieldsOf(String paragraph) {
        List<MetadataField> fields = new ArrayList<>();
        String key = null;
        StringBuilder value = new StringBuilder();
        for (String line : paragraph.split("\n", -1)) {
            Matcher m = KEY_LINE.matcher(line);
            if (m.matches() && isKnownKey(m.group(1))) {
                if (key != null) {
                    fields.add(field(key, value));
                }
                key = m.group(1);
                value.setLength(0);
                value.append(m.group(2));
            } else if (key == null) {
                return List.of();
            } else {
                value.append('\n').append(line);
            }
        }
        if (key != null) {
            fields.add(field(key, value));
        }
        return fields;
    }

    private static MetadataField field(String key, CharSequence value) {
        String trimmed = value.toString().replaceAll("[ \\t]+$", "");
        return new MetadataField(key, trimmed.isEmpty() ? List.of() : List.of(trimmed));
    }

    static boolean isKnownKey(String key) {
        return MetadataField.slotOf(key).isPresent() || KNOWN_OTHER_KEYS.contains(MetadataField.normalize(key));
    }

    private static int paragraphEnd(String text, int start) {
        int lineStart = start;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                return text.length();
            }
            int next = lineEnd + 1;
            if (next >= text.length() || isBlankLine(text, next)) {
                return lineEnd;
            }
            lineStart = next;
        }
        return text.length();
    }

    private static int skipBlankLines(String text, int position) {
        int p = position;
        while (p < text.length() && isBlankLine(text, p)) {
            int lineEnd = text.indexOf('\n', p);
            p = lineEnd < 0 ? text.length() : lineEnd + 1;
        }
        return p;
    }

    private static boolean isBlankLine(String text, int lineStart) {
        for (int i = lineStart; i < text.length() && text.charAt(i) != '\n'; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }
}
