package quire.epub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Invented stories in the shapes readers' files really have, for tests and screenshots: an EPUB laid
 * out as AO3's download templates lay it out (preface with its tags list, chapters with summaries and
 * notes, afterword with the end notes), AO3's one-page HTML download, and an EPUB laid out as
 * FanFicFare's EPUB writer does (title page of {@code <b>Label:</b> value} lines, chapter notes).
 * {@code main} writes them to the folder it is given.
 */
public final class EpubFixtures {
    static final String WORK_URL = "https://archiveofourown.org/works/424242";

    private EpubFixtures() {
    }

    /** The preface as {@code _download_preface.html.erb} writes it. */
    static String ao3Preface(String warnings) {
        return "<div id=\"preface\">\n<h2 class=\"toc-heading\">Preface</h2>\n<p class=\"message\"><b>The Lamplighter's Ledger</b><br/>\n"
                + "Posted originally on the <a href=\"https://archiveofourown.org/\">Archive of Our Own</a> at "
                + "<a href=\"" + WORK_URL + "\">" + WORK_URL + "</a>.</p>\n<div class=\"meta\">\n<dl class=\"tags\">\n"
                + "<dt>Rating:</dt>\n<dd><a href=\"https://archiveofourown.org/tags/Mature\">Mature</a></dd>\n"
                + "<dt>Archive Warning:</dt>\n<dd>" + warnings + "</dd>\n"
                + "<dt>Category:</dt>\n<dd><a href=\"x\">F/M</a></dd>\n"
                + "<dt>Fandom:</dt>\n<dd><a href=\"x\">Harbour Town Chronicles</a></dd>\n"
                + "<dt>Relationship:</dt>\n<dd><a href=\"x\">Ada Quill/Tobias Fenn</a></dd>\n"
                + "<dt>Characters:</dt>\n<dd><a href=\"x\">Ada Quill</a>, <a href=\"x\">Tobias Fenn</a>, <a href=\"x\">The Harbourmaster</a></dd>\n"
                + "<dt>Additional Tags:</dt>\n<dd><a href=\"x\">Slow Burn</a>, <a href=\"x\">Lighthouses</a>, <a href=\"x\">Found Family</a></dd>\n"
                + "<dt>Language:</dt>\n<dd>English</dd>\n"
                + "<dt>Series:</dt>\n<dd>Part 2 of <a href=\"x\">Harbour Lights</a></dd>\n"
                + "<dt>Stats:</dt>\n<dd>\nPublished: 2024-03-01\nUpdated: 2024-05-09\nWords: 3,210\nChapters: 2/3\n</dd>\n</dl>\n"
                + "<h1>The Lamplighter's Ledger</h1>\n<div class=\"byline\">by <a rel=\"author\" href=\"x\">inkwell_otter</a></div>\n"
                + "<p>Summary</p>\n<blockquote class=\"userstuff\"><p>Ada keeps the lamps.</p><p>Tobias keeps the books.</p></blockquote>\n"
                + "<p>Notes</p>\n<blockquote class=\"userstuff\"><p>Written for a winter exchange.</p></blockquote>\n"
                + "<div class=\"endnote-link\">See the end of the work for more <a href=\"#endnotes\">notes</a></div>\n"
                + "</div>\n</div>";
    }

    /** A chapter as {@code _download_chapter.html.erb} writes it. */
    static String ao3Chapter(int n, String title, String text) {
        return "<div class=\"meta group\">\n<h2 class=\"heading\">Chapter " + n + ": " + title + "</h2>\n"
                + "<p>Chapter Summary</p>\n<blockquote class=\"userstuff\"><p>In which the lamps are counted (" + n + ").</p></blockquote>\n"
                + "<p>Chapter Notes</p>\n<blockquote class=\"userstuff\"><p>Thank you for reading chapter " + n + ".</p></blockquote>\n"
                + "<div class=\"endnote-link\">See the end of the chapter for  <a href=\"#endnotes" + n + "\">more notes</a></div>\n</div>\n"
                + "<!--chapter content-->\n<div class=\"userstuff\">\n" + text + "\n</div>\n<!--/chapter content-->\n"
                + "<div class=\"meta\" id=\"endnotes" + n + "\">\n<p>Chapter End Notes</p>\n"
                + "<blockquote class=\"userstuff\"><p>More soon (" + n + ").</p></blockquote>\n</div>";
    }

    /** The afterword as {@code _download_afterword.html.erb} writes it. */
    static String ao3Afterword() {
        return "<div id=\"afterword\">\n<h2 class=\"toc-heading\">Afterword</h2>\n<div class=\"meta\">\n<div id=\"endnotes\">\n"
                + "<p>End Notes</p>\n<blockquote class=\"userstuff\"><p>The ledger balances at last.</p></blockquote>\n</div>\n</div>\n"
                + "<p class=\"message\">Please <a href=\"x\">drop by the archive and comment</a> to let the creator know if you enjoyed their work!</p>\n</div>";
    }

    static final String CHAPTER_ONE = "<p>The first lamp on Quay Street went out at <em>exactly</em> nine.</p>\n"
            + "<p>Ada wrote it down. <strong>Nine o'clock.</strong> Then she wrote it again,&nbsp;neater.</p>\n"
            + "<p style=\"text-align:center\">* * *</p>\n<p>Tobias found her on the sea wall.</p>";
    static final String CHAPTER_TWO = "<p>The second lamp went out at ten.</p>\n<hr/>\n<p>\u201cEleven,\u201d said Ada.</p>";

    /** An AO3-style EPUB 3; {@code warnings} is the Archive Warning row's content as AO3 writes it. */
    public static byte[] ao3Epub(String warnings) {
        return new EpubBuilder().dc("title", "The Lamplighter's Ledger").dc("creator", "inkwell_otter")
                .dc("language", "en").dc("identifier", "urn:uuid:0f0e0d0c-0b0a-4908-8706-050403020100")
                .dc("source", WORK_URL).subject("Harbour Town Chronicles")
                .page("preface.xhtml", EpubBuilder.xhtml("Preface", null, ao3Preface(warnings)), "Preface")
                .page("chapter1.xhtml", EpubBuilder.xhtml("Chapter 1", null, ao3Chapter(1, "Quay Street", CHAPTER_ONE)), "1. Quay Street")
                .page("chapter2.xhtml", EpubBuilder.xhtml("Chapter 2", null, ao3Chapter(2, "The Sea Wall", CHAPTER_TWO)), "2. The Sea Wall")
                .page("afterword.xhtml", EpubBuilder.xhtml("Afterword", null, ao3Afterword()), "Afterword")
                .bytes();
    }

    public static byte[] ao3Epub() {
        return ao3Epub("<a href=\"x\">Graphic Depictions Of Violence</a>, <a href=\"x\">Major Character Death</a>");
    }

    /** AO3's one-page HTML download ({@code show.html.erb}). */
    public static String ao3Html() {
        return "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>The Lamplighter's Ledger - inkwell_otter</title>\n"
                + "<style type=\"text/css\">body { color: red }</style>\n</head>\n<body>\n" + ao3Preface("<a href=\"x\">No Archive Warnings Apply</a>")
                + "\n<div id=\"chapters\" class=\"userstuff\">\n" + ao3Chapter(1, "Quay Street", CHAPTER_ONE) + "\n"
                + ao3Chapter(2, "The Sea Wall", CHAPTER_TWO) + "\n</div>\n" + ao3Afterword() + "\n</body>\n</html>\n";
    }

    /** A FanFicFare-style EPUB 2: title page, contents page, chapters with their notes. */
    public static byte[] fanFicFareEpub() {
        String title = "<h3><a href=\"https://www.fanfiction.net/s/7654321/1/\">Salt and Starlight</a> by "
                + "<a href=\"https://www.fanfiction.net/u/1234/\">quietgull</a></h3>\n<div>\n"
                + "<b>Category:</b> Tidewater Saga<br />\n<b>Genre:</b> Adventure, Hurt/Comfort<br />\n"
                + "<b>Language:</b> English<br />\n<b>Characters:</b> Mira Sol, Captain Reyes<br />\n"
                + "<b>Relationship:</b> Mira Sol/Captain Reyes<br />\n<b>Status:</b> In-Progress<br />\n"
                + "<b>Published:</b> 2023-07-04<br />\n<b>Rating:</b> T<br />\n<b>Warnings:</b> Shipwreck, Injury<br />\n"
                + "<b>Chapters:</b> 2<br />\n<b>Words:</b> 1,234<br />\n<b>Summary:</b> A navigator, a storm and a map drawn in salt.<br />\n</div>";
        String toc = "<div>\n<h3>Table of Contents</h3>\n<a href=\"file0001.xhtml\">Landfall</a><br />\n<a href=\"file0002.xhtml\">Low Tide</a><br />\n</div>";
        String one = "<h3 class=\"fff_chapter_title\">Landfall</h3>\n<div class=\"fff_chapter_notes\"><p><b>Author's Note:</b> Set after the storm arc.</p></div>\n"
                + "<p>The island rose out of the fog like a held breath.</p>\n<p>Mira counted the gulls: <i>seven</i>.</p>";
        String two = "<h3 class=\"fff_chapter_title\">Low Tide</h3>\n<p>At low tide the wreck showed its ribs.</p>";
        return new EpubBuilder().epub2().dc("title", "Salt and Starlight").dc("creator", "quietgull").dc("language", "en")
                .dc("identifier", "fanficfare-uid:www.fanfiction.net-u1234-s7654321")
                .dc("description", "<p>A navigator, a storm and a map drawn in <i>salt</i>.</p>")
                .page("title_page.xhtml", EpubBuilder.xhtml("Salt and Starlight by quietgull", "fff_titlepage", title), "Title Page")
                .page("toc_page.xhtml", EpubBuilder.xhtml("Salt and Starlight by quietgull", "fff_tocpage", toc), "Table of Contents")
                .page("file0001.xhtml", EpubBuilder.xhtml("Landfall", "fff_chapter", one), "Landfall")
                .page("file0002.xhtml", EpubBuilder.xhtml("Low Tide", "fff_chapter", two), "Low Tide")
                .bytes();
    }

    /** The styled chapter's letter, with underline, strike-through, superscript, subscript and alignments. */
    static final String LETTER = "<h2>The Survey</h2>\n"
            + "<p style=\"text-align: center\"><i>A letter found in the chart room</i></p>\n"
            + "<p align=\"right\">Port Ellery, the 3<sup>rd</sup> of May</p>\n"
            + "<p>Dear Ada, the chart you sent was <u>nearly</u> right. The soundings off the north point read twelve "
            + "fathoms, not <s>twenty-one</s>; the water there is H<sub>2</sub>O like anywhere else, only colder. I have "
            + "<del>burnt</del> <ins>kept</ins> the old copy, as you asked, and marked the wreck<sup>1</sup> in red.</p>\n"
            + "<p>The harbourmaster says the lamps on the sea wall were <u>never meant to be seen from the water</u>, "
            + "which explains a great deal about the winter of the storms. I have drawn the harbour as I found it.</p>\n"
            + "<div class=\"center\"><img src=\"images/harbour.png\" alt=\"A chart of the harbour, the north point marked with a cross\"/></div>\n"
            + "<p>The picture you asked for from the museum I could not get: <img src=\"https://example.org/museum.png\" "
            + "alt=\"[the museum's map]\"/> stays on their wall.</p>\n"
            + "<center>Yours, in haste,</center>\n"
            + "<div style=\"color: grey; text-align:right\">T. Fenn</div>\n"
            + "<p><sup>1</sup> The <i>Marigold</i>, lost in the autumn gales.</p>";

    /**
     * An EPUB whose chapter is styled as authors style their work: underline, strike-through, superscript
     * and subscript, centred and right-aligned paragraphs, and a chart stored in the book ({@link
     * TestImages#chart}) beside one that is not (a remote address: it stays its alt text).
     */
    public static byte[] styledEpub() {
        return new EpubBuilder().dc("title", "The Cartographer's Letter").dc("creator", "inkwell_otter").dc("language", "en")
                .dc("identifier", "urn:uuid:1f0e0d0c-0b0a-4908-8706-050403020101")
                .page("chapter1.xhtml", EpubBuilder.xhtml("The Survey", null, LETTER), "The Survey")
                .entry("OEBPS/images/harbour.png", TestImages.chart(480, 320))
                .bytes();
    }

    /** Writes the fixtures to the folder given (made if missing), for screenshots and trying by hand. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/fixtures");
        Files.createDirectories(folder);
        Files.write(folder.resolve("ao3-style.epub"), ao3Epub());
        Files.writeString(folder.resolve("ao3-style.html"), ao3Html(), StandardCharsets.UTF_8);
        Files.write(folder.resolve("fanficfare-style.epub"), fanFicFareEpub());
        Files.write(folder.resolve("styled.epub"), styledEpub());
        System.out.println("Wrote ao3-style.epub, ao3-style.html, fanficfare-style.epub and styled.epub to "
                + folder.toAbsolutePath());
    }
}
