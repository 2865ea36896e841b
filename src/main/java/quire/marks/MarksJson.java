package quire.marks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import quire.place.Anchor;

/**
 * One story's marks as JSON in the W3C Web Annotation Data Model, for annotation tools and scripts: an
 * {@code AnnotationCollection} labelled with the story's name (and Quire's {@code rating}), whose first
 * and only {@code AnnotationPage} holds every mark in story order as an {@code Annotation}:
 * <ul>
 *   <li>{@code id} {@code urn:uuid:…} (a mark's id that is not a UUID is kept as it is);</li>
 *   <li>{@code motivation} {@code bookmarking}, {@code highlighting}, or {@code commenting} for a
 *       highlight with a note, the note being its {@code TextualBody};</li>
 *   <li>{@code target}: the story's file as {@code source}, and two selectors for the same words: a
 *       {@code TextQuoteSelector} (the words exactly, with up to 32 characters either side) and, for a
 *       mark found in this version, a {@code TextPositionSelector} in code points of the story's text as
 *       Quire shows and copies it (paragraphs joined by a blank line);</li>
 *   <li>Quire's own keys beside the model's: {@code colour} (highlights), {@code found}, and
 *       {@code position} with {@code percent} and, when there are pages, {@code page}.</li>
 * </ul>
 * The collection and its page have no {@code id}: a file on disk has no IRI to give them. Jackson does
 * the escaping; a lone surrogate, which UTF-8 cannot hold, is written as U+FFFD ({@link WellFormed}).
 */
public final class MarksJson {
    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    private static final ObjectWriter WRITER = JsonMapper.builder().build().writerWithDefaultPrettyPrinter();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    private MarksJson() {
    }

    /** @param where the page and percent of a mark that was found */
    public static String json(ExportedStory story, List<Mark> marks, Function<Mark, MarksExport.Where> where) {
        ObjectNode collection = NODES.objectNode();
        collection.put("@context", CONTEXT);
        collection.put("type", "AnnotationCollection");
        if (!story.name().isBlank()) {
            collection.put("label", WellFormed.text(story.name().strip()));
        }
        story.rating().filter(r -> !r.isBlank()).ifPresent(r -> collection.put("rating", WellFormed.text(r.strip())));
        collection.put("total", marks.size());
        ObjectNode page = collection.putObject("first");
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        ArrayNode items = page.putArray("items");
        Places places = new Places(story.blockTexts());
        for (Mark mark : new MarkBook(marks).marks()) {
            items.add(annotation(mark, story.source(), places, where));
        }
        try {
            return WRITER.writeValueAsString(collection) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a tree of strings and numbers always writes", e);
        }
    }

    private static ObjectNode annotation(Mark mark, String source, Places places, Function<Mark, MarksExport.Where> where) {
        ObjectNode annotation = NODES.objectNode();
        annotation.put("@context", CONTEXT);
        annotation.put("id", UUID.matcher(mark.id()).matches() ? "urn:uuid:" + mark.id() : WellFormed.text(mark.id()));
        annotation.put("type", "Annotation");
        Highlight highlight = mark instanceof Highlight h ? h : null;
        boolean noted = highlight != null && highlight.hasNote();
        annotation.put("motivation", highlight == null ? "bookmarking" : noted ? "commenting" : "highlighting");
        if (noted) {
            ObjectNode body = annotation.putObject("body");
            body.put("type", "TextualBody");
            body.put("value", WellFormed.text(highlight.note()));
            body.put("format", "text/plain");
        }
        ObjectNode target = annotation.putObject("target");
        target.put("source", WellFormed.text(source));
        ArrayNode selectors = target.putArray("selector");
        ObjectNode quote = selectors.addObject();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", WellFormed.text(mark.quote().exact()));
        quote.put("prefix", WellFormed.text(mark.quote().prefix()));
        quote.put("suffix", WellFormed.text(mark.quote().suffix()));
        if (mark.found()) { // a lost mark's place is in another version of the text: the quote alone finds it
            ObjectNode position = selectors.addObject();
            position.put("type", "TextPositionSelector");
            position.put("start", places.codePointsTo(mark.range().start()));
            position.put("end", places.codePointsTo(mark.range().end()));
        }
        if (highlight != null) {
            annotation.put("colour", highlight.colour().label());
        }
        annotation.put("found", mark.found());
        if (mark.found()) {
            MarksExport.Where at = where.apply(mark);
            ObjectNode position = annotation.putObject("position");
            position.put("percent", at.percent());
            at.page().ifPresent(number -> position.put("page", number));
        }
        return annotation;
    }

    /** Places in the story's text counted in code points, as the Web Annotation model counts characters. */
    private static final class Places {
        private final FlatText flat;
        /** Most stories have no character outside the BMP, and then a code point is a char: no counting. */
        private final boolean oneCharEach;

        Places(List<String> blockTexts) {
            flat = new FlatText(blockTexts);
            oneCharEach = flat.text().codePoints().count() == flat.text().length();
        }

        int codePointsTo(Anchor place) {
            int offset = flat.offsetOf(place);
            return oneCharEach ? offset : flat.text().codePointCount(0, offset);
        }
    }
}
