package quire.epub;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A page that holds nothing but a part of AO3's preface, as calibre leaves it when it splits the
 * preface's file ({@code preface_split_000.html}, {@code preface_split_001.html}, ...): calibre cuts
 * before a heading (its default page break before {@code h1}) or, to keep files small, before a
 * paragraph or a {@code div}; the later files keep the cut-off rows, summary and notes, wrapped in copies
 * of the ancestors (their classes renamed, {@code div#preface}'s id often gone) or, from older calibre,
 * in none at all. Every piece is known by its text: a row by its {@code dt} ("Fandom:"), the title by
 * the byline after it, "Summary" and "Notes" by the {@code blockquote} after them. A page is a part only
 * when nothing else on it has text, so a chapter is never taken for one.
 */
final class Ao3PrefacePart {
    private static final Pattern MESSAGE = Pattern.compile("(?is).*posted originally on the archive of our own.*");
    private static final Pattern END_LINK = Pattern.compile("(?i)see the end of the work for .{0,60}");
    private static final Pattern RELATED = Pattern.compile("(?i)(translation into|a translation of|inspired by)\\b.*");

    private Ao3PrefacePart() {
    }

    /** True when {@code page} has a piece of AO3's preface and no text besides. */
    static boolean isPart(Element page) {
        Element rest = page.clone();
        int pieces = 0;
        for (Element dt : rest.getElementsByTag("dt").stream().filter(Ao3PrefacePart::isRow).toList()) {
            Element dd = dt.nextElementSibling();
            dt.remove();
            if (dd != null && Markup.localName(dd).equals("dd")) {
                dd.remove();
            }
            pieces++;
        }
        for (Element h1 : rest.getElementsByTag("h1")) {
            Element byline = h1.nextElementSibling();
            if (byline != null && byline.text().strip().toLowerCase(Locale.ROOT).startsWith("by ")) {
                h1.remove();
                byline.remove();
                pieces++;
            }
        }
        for (Element p : rest.getElementsByTag("p")) {
            String label = SetApartNotes.label(SetApartNotes.shortText(p, 20));
            Element next = p.nextElementSibling();
            if ((label.equals("summary") || label.equals("notes")) && next != null
                    && Markup.localName(next).equals("blockquote")) {
                p.remove();
                next.remove();
                pieces++;
            }
        }
        pieces += removeAll(rest);
        return pieces > 0 && rest.text().isBlank();
    }

    /** True when {@code page} is a part that opens the preface: it has AO3's "Posted originally" line. */
    static boolean opensPreface(Element page) {
        return isPart(page) && page.getElementsByTag("p").stream()
                .anyMatch(p -> MESSAGE.matcher(SetApartNotes.shortText(p, 400)).matches());
    }

    /** A {@code dt} of AO3's, or any {@code dt} in a list that has one (its labels may be translated). */
    static boolean isRow(Element dt) {
        if (Ao3Preface.isLabel(Ao3Preface.label(dt))) {
            return true;
        }
        Element list = dt.parent();
        return list != null && Markup.localName(list).equals("dl") && list.children().stream()
                .anyMatch(row -> Markup.localName(row).equals("dt") && Ao3Preface.isLabel(Ao3Preface.label(row)));
    }

    /** Removes the preface's short pieces: its "Preface" heading, messages, links and related works. */
    private static int removeAll(Element rest) {
        int pieces = 0;
        for (Element element : rest.select("h2, p, div, li")) {
            String text = SetApartNotes.shortText(element, 400).strip();
            String tag = Markup.localName(element);
            boolean piece = tag.equals("h2") ? text.equalsIgnoreCase("preface")
                    : tag.equals("li") ? RELATED.matcher(text).matches()
                    : END_LINK.matcher(text).matches() || tag.equals("p") && MESSAGE.matcher(text).matches();
            if (piece && element.parent() != null) {
                element.remove();
                pieces++;
            }
        }
        return pieces;
    }
}
