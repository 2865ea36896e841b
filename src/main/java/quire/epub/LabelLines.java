package quire.epub;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import quire.story.Block;

/**
 * A title page written as {@code Label: value} lines: FanFicFare's ({@code body.fff_titlepage}, each
 * label in {@code <b>}), fichub's and the like, and fanfiction.net's "Rated: Fiction M - English -
 * Romance/Angst - ..." line. FanFicFare's "Category" is the fandoms and its "Genre" holds the additional
 * tags; elsewhere "Categories" are AO3's (F/M, Gen). A label with no value on its line ("Summary:")
 * takes the lines that follow, up to the next label.
 */
final class LabelLines {
    private static final Pattern LINE = Pattern.compile("([\\p{L}][\\p{L} '\u2019/]{0,30}?)\\s*:\\s*(.*)");
    private static final Pattern FFN_RATED = Pattern.compile("Rated:\\s*(?:Fiction\\s+)?(\\S+)\\s+-\\s+(.*)");

    /**
     * What a page's lines gave: the fields, and whether the page is a title page: three or more label
     * lines that make up most of its text (a chapter that starts with a few header lines is still text).
     */
    record Read(MetadataDraft draft, boolean titlePage) {
    }

    private LabelLines() {
    }

    static Read page(Element page) {
        Counts counts = new Counts();
        MetadataDraft draft = read(page, false, counts);
        return new Read(draft, counts.labelLines >= 3 && counts.otherChars < 1000 && counts.otherChars < counts.labelChars);
    }

    private static final class Counts {
        int labelLines;
        int labelChars;
        int otherChars;
    }

    /** The fields of {@code page}; {@code fanFicFare} when it is FanFicFare's own title page. */
    static MetadataDraft read(Element page, boolean fanFicFare) {
        return read(page, fanFicFare, new Counts());
    }

    private static MetadataDraft read(Element page, boolean fanFicFare, Counts counts) {
        MetadataDraft draft = new MetadataDraft();
        if (fanFicFare) {
            Element heading = page.selectFirst("h3");
            Element link = heading == null ? null : heading.selectFirst("a");
            if (link != null) {
                draft.title(link.text());
                draft.other("Source", link.attr("href"));
                String rest = heading.text().substring(Math.min(heading.text().length(), link.text().length())).strip();
                draft.author(rest.replaceFirst("(?i)^by\\s+", ""));
            }
        }
        String label = null;
        List<String> value = new ArrayList<>();
        for (String line : lines(page)) {
            Matcher ffn = FFN_RATED.matcher(line.strip());
            Matcher field = LINE.matcher(line.strip());
            if (ffn.matches()) {
                FanFictionNetLine.read(ffn.group(1), ffn.group(2), draft);
                counts.otherChars += line.length();
            } else if (field.matches() && known(field.group(1), fanFicFare)) {
                counts.labelLines++;
                counts.labelChars += line.length();
                put(draft, label, value, fanFicFare);
                label = field.group(1);
                value = new ArrayList<>(field.group(2).isBlank() ? List.of() : List.of(field.group(2).strip()));
            } else if (label != null && !line.isBlank()
                    && (value.isEmpty() || label.equalsIgnoreCase("summary"))) {
                value.add(line.strip());
                counts.labelChars += line.length();
            } else {
                counts.otherChars += line.length();
                put(draft, label, value, fanFicFare);
                label = null;
                value = new ArrayList<>();
            }
        }
        put(draft, label, value, fanFicFare);
        return draft;
    }

    private static List<String> lines(Element page) {
        List<String> lines = new ArrayList<>();
        for (Block block : XhtmlBlocks.of(page)) {
            lines.addAll(Arrays.asList(block.plainText().split("\n")));
        }
        return lines;
    }

    private static boolean known(String label, boolean fanFicFare) {
        return fanFicFare || !slot(label.toLowerCase(Locale.ROOT), false).equals("");
    }

    /** The field a label fills: a slot's name, "other" to keep it as written, or "" for none. */
    private static String slot(String label, boolean fanFicFare) {
        switch (label) {
            case "rating": case "rated": return "rating";
            case "warning": case "warnings": case "archive warning": case "archive warnings": return "warnings";
            case "category": return fanFicFare ? "fandom" : "category";
            case "categories": case "ao3 categories": return "category";
            case "fandom": case "fandoms": return "fandom";
            case "relationship": case "relationships": case "pairing": case "pairings": case "ships": return "pairing";
            case "characters": case "character": return "characters";
            case "genre": case "genres": case "additional tags": case "freeform tags": case "extra tags":
            case "tags": return "tags";
            case "summary": case "description": return "summary";
            case "words": case "word count": return "words";
            case "title": return "title";
            case "author": case "authors": return "author";
            case "story url": case "url": case "source": return "source";
            case "language": case "status": case "published": case "updated": case "completed": case "chapters":
            case "series": case "collections": case "packaged": return "other";
            default: return fanFicFare ? "other" : "";
        }
    }

    private static void put(MetadataDraft draft, String label, List<String> value, boolean fanFicFare) {
        if (label == null || value.isEmpty()) {
            return;
        }
        String text = String.join(value.size() > 1 ? "\n\n" : "", value);
        List<String> list = Arrays.stream(text.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
        switch (slot(label.toLowerCase(Locale.ROOT), fanFicFare)) {
            case "rating" -> draft.rating(text);
            case "warnings" -> draft.warnings(list);
            case "category" -> draft.category(text);
            case "fandom" -> draft.fandom(text);
            case "pairing" -> draft.pairing(text);
            case "characters" -> draft.characters(list);
            case "tags" -> draft.tags(list);
            case "summary" -> draft.summary(text);
            case "words" -> draft.words(MetadataDraft.number(text));
            case "title" -> draft.title(text);
            case "author" -> draft.author(text);
            case "source" -> draft.other("Source", text);
            case "other" -> draft.other(label, text);
            default -> { }
        }
    }
}
