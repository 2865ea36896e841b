package quire.story;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * YAML front matter: the block between a first line {@code ---} and the next {@code ---} (or
 * {@code ...}) line, read with Jackson's YAML parser. Values are taken as the author typed them
 * ({@code title: 1.10} stays "1.10"); a value may be text or a list of text.
 */
final class FrontMatter {
    private static final YAMLFactory YAML = YAMLMapper.builder().build().getFactory();

    private FrontMatter() {
    }

    static boolean startsWithFence(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return first.stripTrailing().equals("---");
    }

    static MetadataSplit split(String sourceName, String text) throws StoryException {
        int yamlStart = text.indexOf('\n') + 1;
        int lineStart = yamlStart;
        while (yamlStart > 0 && lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            int end = lineEnd < 0 ? text.length() : lineEnd;
            String line = text.substring(lineStart, end).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                List<MetadataField> fields = read(sourceName, text.substring(yamlStart, lineStart));
                return new MetadataSplit(fields, lineEnd < 0 ? "" : text.substring(lineEnd + 1));
            }
            lineStart = end + 1;
        }
        throw new StoryException(sourceName, "the front matter that starts with '---' on the first line has no "
                + "closing '---' line, so Quire cannot tell where the story begins.", OptionalInt.of(1));
    }

    private static List<MetadataField> read(String sourceName, String yaml) throws StoryException {
        List<MetadataField> fields = new ArrayList<>();
        try (JsonParser parser = YAML.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                return fields;
            }
            if (first != JsonToken.START_OBJECT) {
                throw problem(sourceName, "the front matter should be 'key: value' lines (such as 'rating: T').",
                        parser.currentTokenLocation());
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                fields.add(new MetadataField(key, values(sourceName, key, value, parser)));
            }
            return fields;
        } catch (StreamReadException invalid) {
            String detail = firstLine(invalid.getOriginalMessage());
            throw problem(sourceName, "the front matter is not valid YAML (" + detail + ").", invalid.getLocation());
        } catch (IOException unreadable) {
            throw new StoryException(sourceName, "the front matter could not be read (" + unreadable.getMessage() + ").");
        }
    }

    private static List<String> values(String sourceName, String key, JsonToken token, JsonParser parser)
            throws IOException, StoryException {
        if (token == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (token.isScalarValue()) {
            return List.of(parser.getText());
        }
        if (token == JsonToken.START_ARRAY) {
            List<String> items = new ArrayList<>();
            for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                if (!item.isScalarValue()) {
                    throw problem(sourceName, "the list under '" + key + "' should hold plain text items.",
                            parser.currentTokenLocation());
                }
                if (item != JsonToken.VALUE_NULL) {
                    items.add(parser.getText());
                }
            }
            return items;
        }
        throw problem(sourceName, "'" + key + "' should be text or a list of text, not a group of keys.",
                parser.currentTokenLocation());
    }

    /** Front-matter lines are counted from the '---' line, which is line 1 of the file. */
    private static StoryException problem(String sourceName, String message, JsonLocation location) {
        int line = location == null ? -1 : location.getLineNr();
        return new StoryException(sourceName, message, line > 0 ? OptionalInt.of(line + 1) : OptionalInt.empty());
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "a syntax error";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
