package quire.epub;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import quire.story.Block;
import quire.story.StoryMetadata;

/**
 * AO3's preface ({@code _download_preface.html.erb}): the {@code dl} of tags, each row matched by its
 * {@code dt} text ("Archive Warnings:"), never by class, since calibre renames AO3's classes; the title
 * from {@code h1}, the author from the byline; "Summary" and "Notes", each a {@code p} followed by a
 * {@code blockquote}; the work's address from "Posted originally on the Archive of Our Own at ...".
 * A preface calibre split over several files is read part by part into one draft
 * ({@link #readPart}); {@link Ao3PrefacePart} says which pages are such parts.
 */
final class Ao3Preface {
    private static final Pattern WORK_URL = Pattern.compile("https?://(?:www\\.)?archiveofourown\\.org/works/\\d+");
    private static final Pattern STAT = Pattern.compile("(Published|Updated|Completed|Words|Chapters):\\s*(\\S+)");
    private static final List<String> LABELS = List.of("rating", "ratings", "archive warning", "archive warnings",
            "category", "categories", "fandom", "fandoms", "relationship", "relationships", "character",
            "characters", "additional tags", "additional tag", "language", "series", "collections", "collection",
            "stats");

    /**
     * The preface as read so far, and the element that holds it (to keep it out of the story text); the
     * draft goes on gathering when the preface continues on the next pages.
     */
    record Found(MetadataDraft draft, Element root) {
        StoryMetadata metadata() {
            return draft.build();
        }
    }

    private Ao3Preface() {
    }

    /** AO3's preface in {@code page}, when it has one: a {@code dl} with two or more of AO3's rows. */
    static Optional<Found> in(Element page) {
        for (Element list : page.getElementsByTag("dl")) {
            long known = list.children().stream()
                    .filter(row -> Markup.localName(row).equals("dt") && isLabel(label(row))).count();
            if (known >= 2) {
                Element root = root(list);
                MetadataDraft draft = new MetadataDraft();
                rows(draft, list.children());
                notesAndAddress(draft, root, page);
                return Optional.of(new Found(draft, root));
            }
        }
        return Optional.empty();
    }

    /** Reads into {@code draft} one more part of a split preface: a page {@link Ao3PrefacePart} accepts. */
    static void readPart(MetadataDraft draft, Element page) {
        rows(draft, page.getElementsByTag("dt").stream().filter(Ao3PrefacePart::isRow).toList());
        notesAndAddress(draft, page, page);
    }

    /** A {@code dt} text (lower case, no colon) that names one of AO3's rows. */
    static boolean isLabel(String label) {
        return LABELS.contains(label);
    }

    static String label(Element dt) {
        return SetApartNotes.label(dt.text());
    }

    /** {@code div#preface}, or else the element that holds the tags with the title and summary. */
    private static Element root(Element list) {
        Element preface = list.closest("#preface");
        return preface != null ? preface : list.parent() != null ? list.parent() : list;
    }

    private static void rows(MetadataDraft draft, List<Element> dts) {
        for (Element dt : dts) {
            Element dd = dt.nextElementSibling();
            if (!Markup.localName(dt).equals("dt") || dd == null || !Markup.localName(dd).equals("dd")) {
                continue;
            }
            row(draft, label(dt), dt.text().strip().replaceFirst(":$", ""), dd);
        }
    }

    private static void notesAndAddress(MetadataDraft draft, Element root, Element page) {
        Element h1 = root.selectFirst("h1");
        if (h1 != null) {
            draft.title(h1.text());
            Element byline = h1.nextElementSibling();
            if (byline != null && byline.text().toLowerCase(Locale.ROOT).startsWith("by ")) {
                draft.author(byline.text().strip().substring(3));
            }
        }
        Element byline = root.selectFirst(".byline");
        if (byline != null) {
            draft.author(byline.text().replaceFirst("(?i)^by\\s+", ""));
        }
        for (Element p : root.getElementsByTag("p")) {
            Element next = p.nextElementSibling();
            if (next == null || !Markup.localName(next).equals("blockquote")) {
                continue;
            }
            String label = SetApartNotes.label(p.text());
            if (label.equals("summary")) {
                draft.summary(Block.plainText(XhtmlBlocks.of(next)));
            } else if (label.equals("notes")) {
                draft.notes(Block.plainText(XhtmlBlocks.of(next)));
            }
        }
        for (Element link : page.getElementsByTag("a")) {
            Matcher work = WORK_URL.matcher(link.attr("href"));
            if (work.lookingAt()) {
                draft.other("Work URL", work.group());
                break;
            }
        }
    }

    private static void row(MetadataDraft draft, String label, String asWritten, Element dd) {
        List<String> values = values(dd);
        String joined = String.join(", ", values);
        switch (label) {
            case "rating", "ratings" -> draft.rating(joined);
            case "archive warning", "archive warnings" -> draft.warnings(values);
            case "category", "categories" -> draft.category(joined);
            case "fandom", "fandoms" -> draft.fandom(joined);
            case "relationship", "relationships" -> draft.pairing(joined);
            case "character", "characters" -> draft.characters(values);
            case "additional tags", "additional tag" -> draft.tags(values);
            case "stats" -> stats(draft, dd.text());
            default -> draft.other(asWritten, dd.text());
        }
    }

    /** A row's tags: the text of each link, or the text split at commas (AO3 tags hold no comma). */
    static List<String> values(Element dd) {
        List<String> links = dd.getElementsByTag("a").stream().map(Element::text).filter(t -> !t.isBlank()).toList();
        return !links.isEmpty() ? links
                : Arrays.stream(dd.text().split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    private static void stats(MetadataDraft draft, String text) {
        Matcher stat = STAT.matcher(text);
        while (stat.find()) {
            if (stat.group(1).equals("Words")) {
                draft.words(MetadataDraft.number(stat.group(2)));
            } else {
                draft.other(stat.group(1), stat.group(2));
            }
        }
    }
}
