package quire.epub;

/**
 * An invented AO3 work converted by calibre, whose preface calibre split over several files, as its
 * {@code split.py} does: the files named {@code preface_split_000.html}, {@code _001}, ...; AO3's classes
 * renamed {@code calibreN}; each later file either keeping copies of the cut element's ancestors
 * (their text emptied, the id left on the first file) or, as older calibre did, none of them. Only the
 * first file is named in the contents.
 */
final class SplitPrefaceFixtures {
    static final String WORK_URL = "https://archiveofourown.org/works/515151";

    private SplitPrefaceFixtures() {
    }

    private static final String MESSAGE = "<h2 class=\"calibre2\">Preface</h2>\n<p class=\"calibre3\"><b class=\"calibre4\">"
            + "The Weir Keeper's Almanac</b><br class=\"calibre5\"/>\nPosted originally on the <a href=\"https://archiveofourown.org/\" "
            + "class=\"calibre6\">Archive of Our Own</a> at <a href=\"" + WORK_URL + "\" class=\"calibre6\">" + WORK_URL + "</a>.</p>\n";
    private static final String RATING = "<dt class=\"calibre9\">Rating:</dt>\n<dd class=\"calibre10\"><a href=\"x\" "
            + "class=\"calibre6\">Teen And Up Audiences</a></dd>\n";
    private static final String OTHER_ROWS = "<dt class=\"calibre9\">Archive Warnings:</dt>\n<dd class=\"calibre10\">"
            + "<a href=\"x\" class=\"calibre6\">Graphic Depictions Of Violence</a>, <a href=\"x\" class=\"calibre6\">Major Character Death</a></dd>\n"
            + "<dt class=\"calibre9\">Category:</dt>\n<dd class=\"calibre10\"><a href=\"x\" class=\"calibre6\">Gen</a></dd>\n"
            + "<dt class=\"calibre9\">Fandom:</dt>\n<dd class=\"calibre10\"><a href=\"x\" class=\"calibre6\">Fenland Tales</a></dd>\n"
            + "<dt class=\"calibre9\">Relationship:</dt>\n<dd class=\"calibre10\"><a href=\"x\" class=\"calibre6\">Marrow &amp; Pell</a></dd>\n"
            + "<dt class=\"calibre9\">Characters:</dt>\n<dd class=\"calibre10\"><a href=\"x\">Marrow</a>, <a href=\"x\">Pell</a>, "
            + "<a href=\"x\">The Lock Keeper</a></dd>\n"
            + "<dt class=\"calibre9\">Additional Tags:</dt>\n<dd class=\"calibre10\"><a href=\"x\">Canals</a>, <a href=\"x\">Weather Lore</a>, "
            + "<a href=\"x\">Found Family</a></dd>\n"
            + "<dt class=\"calibre9\">Language:</dt>\n<dd class=\"calibre10\">English</dd>\n"
            + "<dt class=\"calibre9\">Stats:</dt>\n<dd class=\"calibre10\">\nPublished: 2024-09-14\nWords: 4,812\nChapters: 2/2\n</dd>\n";
    private static final String TITLE = "<h1 class=\"calibre11\">The Weir Keeper's Almanac</h1>\n<div class=\"calibre12\">by "
            + "<a rel=\"author\" href=\"x\" class=\"calibre6\">reedwarbler</a></div>\n";
    private static final String NOTES = "<p class=\"calibre3\">Summary</p>\n<blockquote class=\"calibre13\"><p class=\"calibre3\">"
            + "Every flood is written down.</p><p class=\"calibre3\">Some are written down twice.</p></blockquote>\n"
            + "<p class=\"calibre3\">Notes</p>\n<blockquote class=\"calibre13\"><p class=\"calibre3\">For the river, which kept "
            + "its own counsel.</p></blockquote>\n";

    static final String CHAPTER_ONE = "<p>The water came up the lock steps one at a time.</p>\n<p>Marrow counted them.</p>";
    static final String CHAPTER_TWO = "<p>By morning the weir had a new mark on it.</p>";

    /**
     * Cut before "Summary" to keep the file small: the first file has the tags list, the title and the
     * byline; the second the summary and notes inside copies of {@code div#preface} and {@code div.meta}.
     */
    static byte[] twoParts() {
        String first = "<div class=\"calibre1\" id=\"preface\">\n" + MESSAGE + "<div class=\"calibre7\">\n<dl class=\"calibre8\">\n"
                + RATING + OTHER_ROWS + "</dl>\n" + TITLE + "</div>\n</div>";
        String second = "<div class=\"calibre1\">\n<div class=\"calibre7\">\n" + NOTES + "</div>\n</div>";
        return book(first, second);
    }

    /**
     * Cut twice: inside the tags list after its first row (the rest of the list, in a copy of the
     * {@code dl}, in the second file), and before the {@code h1} (calibre's page break before headings),
     * the third file holding the title, byline, summary and notes with no ancestors at all.
     */
    static byte[] threeParts() {
        String first = "<div class=\"calibre1\">\n" + MESSAGE + "<div class=\"calibre7\">\n<dl class=\"calibre8\">\n" + RATING
                + "</dl>\n</div>\n</div>";
        String second = "<div class=\"calibre1\">\n<div class=\"calibre7\">\n<dl class=\"calibre8\">\n" + OTHER_ROWS
                + "</dl>\n</div>\n</div>";
        return book(first, second, TITLE + NOTES);
    }

    /** The same work with its preface in one file, as AO3 wrote it before calibre split it. */
    static byte[] onePart() {
        return book("<div class=\"calibre1\" id=\"preface\">\n" + MESSAGE + "<div class=\"calibre7\">\n<dl class=\"calibre8\">\n"
                + RATING + OTHER_ROWS + "</dl>\n" + TITLE + NOTES + "</div>\n</div>");
    }

    private static byte[] book(String... prefaceParts) {
        EpubBuilder book = new EpubBuilder().dc("title", "The Weir Keeper's Almanac").dc("creator", "reedwarbler")
                .dc("language", "en").dc("identifier", "urn:uuid:5a5a5a5a-0b0a-4908-8706-050403020102");
        for (int i = 0; i < prefaceParts.length; i++) {
            String name = prefaceParts.length == 1 ? "preface.html" : String.format("preface_split_%03d.html", i);
            book.page(name, EpubBuilder.xhtml("Preface", "calibre", prefaceParts[i]), i == 0 ? "Preface" : null);
        }
        return book.page("chapter1.html", chapter(1, "High Water", CHAPTER_ONE), "1. High Water")
                .page("chapter2.html", chapter(2, "The Mark", CHAPTER_TWO), "2. The Mark")
                .bytes();
    }

    /** AO3's chapter template with its classes renamed as calibre renames them. */
    private static String chapter(int n, String title, String text) {
        String renamed = EpubFixtures.ao3Chapter(n, title, text).replaceAll("class=\"[^\"]*\"", "class=\"calibre14\"");
        return EpubBuilder.xhtml("Chapter " + n, "calibre", renamed);
    }
}
