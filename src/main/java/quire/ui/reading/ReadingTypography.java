package quire.ui.reading;

import quire.layout.Typography;
import quire.settings.FontAndSpacing;
import quire.settings.LinesAndParagraphs;
import quire.settings.ReadingSettings;
import quire.ui.FontCatalog;

/** The engine's typography for the reader's settings, with the font resolved to one installed here. */
final class ReadingTypography {
    private ReadingTypography() {
    }

    static Typography of(ReadingSettings s, FontCatalog fonts) {
        FontAndSpacing type = s.fontAndSpacing();
        LinesAndParagraphs lines = s.linesAndParagraphs();
        return new Typography(fonts.resolve(type.fontFamily()), type.fontSize(), type.lineSpacing(),
                lines.indentParagraphs() ? Typography.ParagraphStyle.INDENT : Typography.ParagraphStyle.SPACED,
                lines.justify(), lines.hyphenate(), lines.hangingPunctuation(), s.pageLayout().chapterOnNewPage());
    }
}
