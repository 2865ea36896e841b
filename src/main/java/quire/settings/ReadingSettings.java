package quire.settings;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The reader's global choices, in five groups: the font and its spacing, how lines and paragraphs are
 * set, how pages are laid, how the screens look, and read aloud. Text is set as printed books are by
 * default: justified, hyphenated, with punctuation hanging into the margins, and each chapter starting on
 * a new page.
 *
 * <p>On disk the groups are unwrapped: {@code "reading"} in {@code settings.json} stays one flat object
 * of sixteen named values ({@code "fontSize"}, {@code "justify"}, {@code "speechVoice"}, ...), as Quire has
 * always written it, so older files load unchanged and an older Quire still reads a newer file.
 */
public record ReadingSettings(@JsonUnwrapped FontAndSpacing fontAndSpacing,
                              @JsonUnwrapped LinesAndParagraphs linesAndParagraphs,
                              @JsonUnwrapped PageLayout pageLayout,
                              @JsonUnwrapped Appearance appearance,
                              @JsonUnwrapped ReadAloud readAloud) {

    public static final ReadingSettings DEFAULTS = new ReadingSettings(FontAndSpacing.DEFAULTS,
            LinesAndParagraphs.DEFAULTS, PageLayout.DEFAULTS, Appearance.DEFAULTS, ReadAloud.DEFAULTS);

    public ReadingSettings {
        fontAndSpacing = fontAndSpacing == null ? FontAndSpacing.DEFAULTS : fontAndSpacing;
        linesAndParagraphs = linesAndParagraphs == null ? LinesAndParagraphs.DEFAULTS : linesAndParagraphs;
        pageLayout = pageLayout == null ? PageLayout.DEFAULTS : pageLayout;
        appearance = appearance == null ? Appearance.DEFAULTS : appearance;
        readAloud = readAloud == null ? ReadAloud.DEFAULTS : readAloud;
    }

    public ReadingSettings with(FontAndSpacing changed) {
        return new ReadingSettings(changed, linesAndParagraphs, pageLayout, appearance, readAloud);
    }

    public ReadingSettings with(LinesAndParagraphs changed) {
        return new ReadingSettings(fontAndSpacing, changed, pageLayout, appearance, readAloud);
    }

    public ReadingSettings with(PageLayout changed) {
        return new ReadingSettings(fontAndSpacing, linesAndParagraphs, changed, appearance, readAloud);
    }

    public ReadingSettings with(Appearance changed) {
        return new ReadingSettings(fontAndSpacing, linesAndParagraphs, pageLayout, changed, readAloud);
    }

    public ReadingSettings with(ReadAloud changed) {
        return new ReadingSettings(fontAndSpacing, linesAndParagraphs, pageLayout, appearance, changed);
    }
}
