package quire.epub;

import java.util.Locale;
import org.jsoup.nodes.Element;
import quire.story.Block;

/**
 * Where an author put a paragraph: centred or right-aligned, as HTML says it in the ways stories use,
 * {@code <center>}, an {@code align} attribute on {@code p} and {@code div}, or the one declaration
 * {@code text-align} in a {@code style} attribute (AO3's and FanFicFare's pages write it so). Nothing
 * else of a style is read, and no stylesheet or class: Quire interprets no CSS. The nearest element that
 * says something decides, so {@code <div align="center"><p>} is centred and a {@code left} inside it is not.
 */
final class Alignments {
    private static final String DECLARATION = "text-align";

    private Alignments() {
    }

    /** The alignment of a paragraph made from {@code element} (or from loose text inside it). */
    static Block.Alignment of(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            String tag = Markup.localName(e);
            if (tag.equals("body") || tag.equals("html")) {
                break;
            }
            if (tag.equals("center")) {
                return Block.Alignment.CENTRE;
            }
            String said = said(e, tag);
            if (!said.isEmpty()) {
                return alignment(said);
            }
        }
        return Block.Alignment.NORMAL;
    }

    /** What {@code e} itself says of its alignment, lower case, or empty when it says nothing. */
    private static String said(Element e, String tag) {
        String style = textAlign(e.attr("style"));
        if (!style.isEmpty()) {
            return style;
        }
        boolean aligns = tag.equals("p") || tag.equals("div");
        return aligns ? e.attr("align").strip().toLowerCase(Locale.ROOT) : "";
    }

    private static Block.Alignment alignment(String value) {
        switch (value) {
            case "center":
            case "centre":
            case "-webkit-center":
                return Block.Alignment.CENTRE;
            case "right":
            case "-webkit-right":
                return Block.Alignment.RIGHT;
            default:
                return Block.Alignment.NORMAL; // left, justify, start, end, inherit...: set as the reader set it
        }
    }

    /** The value of the last {@code text-align} declaration in a style attribute, lower case, or empty. */
    static String textAlign(String style) {
        String found = "";
        for (String declaration : style.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon > 0 && declaration.substring(0, colon).strip().equalsIgnoreCase(DECLARATION)) {
                String value = declaration.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
                found = value.replace("!important", "").strip();
            }
        }
        return found;
    }
}
