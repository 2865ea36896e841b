package quire.settings;

/**
 * The reader's global choices. Sizes are in pixels; {@code lineSpacing} is a multiple of the font size;
 * {@code marginScale} widens (above 1) or narrows (below 1) the page margins. Text is set as printed books
 * are by default: justified, hyphenated, with punctuation hanging into the margins, and each chapter
 * starting on a new page.
 */
public record ReadingSettings(String fontFamily, double fontSize, double lineSpacing, double marginScale,
                              boolean indentParagraphs, boolean justify, PageMode pageMode, Theme theme,
                              boolean followSystemTheme, boolean reduceMotion, boolean hideWarnings,
                              boolean hyphenate, boolean hangingPunctuation, boolean chapterOnNewPage,
                              int speechRate, String speechVoice) {

    public static final double MIN_FONT_SIZE = 10;
    public static final double MAX_FONT_SIZE = 48;
    public static final double DEFAULT_FONT_SIZE = 20;
    private static final String DEFAULTS_FAMILY = "Serif";
    /** Read aloud's speed in words a minute: eSpeak's usual pace, and the range the reader can choose. */
    public static final int DEFAULT_SPEECH_RATE = 175;
    public static final int MIN_SPEECH_RATE = 80;
    public static final int MAX_SPEECH_RATE = 450;
    /** The speech voice that follows the story's language. */
    public static final String STORY_LANGUAGE_VOICE = "";

    public static final ReadingSettings DEFAULTS = new ReadingSettings("Serif", DEFAULT_FONT_SIZE, 1.5, 1.0,
            true, true, PageMode.AUTO, Theme.LIGHT, false, false, false, true, true, true, DEFAULT_SPEECH_RATE,
            STORY_LANGUAGE_VOICE);

    /** Out-of-range values are pulled into range, so a hand-edited file cannot break the layout. */
    public ReadingSettings {
        fontFamily = fontFamily == null || fontFamily.isBlank() ? DEFAULTS_FAMILY : fontFamily.strip();
        fontSize = clamp(fontSize, MIN_FONT_SIZE, MAX_FONT_SIZE, DEFAULT_FONT_SIZE);
        lineSpacing = clamp(lineSpacing, 1.0, 2.5, 1.5);
        marginScale = clamp(marginScale, 0.25, 3.0, 1.0);
        pageMode = pageMode == null ? PageMode.AUTO : pageMode;
        theme = theme == null ? Theme.LIGHT : theme;
        // A settings file from before read aloud has no rate: it reads as 0 and means the default.
        speechRate = speechRate <= 0 ? DEFAULT_SPEECH_RATE
                : Math.max(MIN_SPEECH_RATE, Math.min(MAX_SPEECH_RATE, speechRate));
        speechVoice = speechVoice == null ? STORY_LANGUAGE_VOICE : speechVoice.strip();
    }

    private static double clamp(double value, double min, double max, double fallback) {
        if (Double.isNaN(value)) {
            return fallback;
        }
        return Math.max(min, Math.min(max, value));
    }

    public ReadingSettings withFontFamily(String family) {
        return new ReadingSettings(family, fontSize, lineSpacing, marginScale, indentParagraphs, justify, pageMode,
                theme, followSystemTheme, reduceMotion, hideWarnings, hyphenate, hangingPunctuation, chapterOnNewPage, speechRate, speechVoice);
    }

    public ReadingSettings withFontSize(double size) {
        return new ReadingSettings(fontFamily, size, lineSpacing, marginScale, indentParagraphs, justify, pageMode,
                theme, followSystemTheme, reduceMotion, hideWarnings, hyphenate, hangingPunctuation, chapterOnNewPage, speechRate, speechVoice);
    }

    public ReadingSettings withLineSpacing(double spacing) {
        return new ReadingSettings(fontFamily, fontSize, spacing, marginScale, indentParagraphs, justify, pageMode,
                theme, followSystemTheme, reduceMotion, hideWarnings, hyphenate, hangingPunctuation, chapterOnNewPage, speechRate, speechVoice);
    }

    public ReadingSettings withMarginScale(double scale) {
        return new ReadingSettings(fontFamily, fontSize, lineSpacing, scale, indentParagraphs, justify, pageMode,
                theme, followSystemTheme, reduceMotion, hideWarnings, hyphenate, hangingPunctuation, chapterOnNewPage, speechRate, speechVoice);
    }

    public ReadingSettings withIndentParagraphs(boolean indent) {
        return new ReadingSettings(fontFamily, fontSize, lineSpacing, marginScale, indent, justify, pageMode,
                theme, followSystemTheme, reduceMotion, hideWarnings, hyphenate, hangingPunctuation, chapterOnNewPage, speechRate, speechVoice);
    }

    public ReadingSettings withJustify(boolean justified) {
        return new ReadingSettings(fontFamily, fontSize, lineSpacing, marginScale, indentParagraphs, justified,
                pageMode, theme, followSystemTheme, reduceMotion, hideWarnings, hyphenate, hangingPunctuation, chapterOnNewPage, speechRate, speechVoice);
    }

    public ReadingSettings withPageMode(PageMode mode) {
        return new ReadingSettings(fontFamily, fontSize, lineSpacing, marginScale, indentParagraphs, justify, mode,
                theme, followSystemTheme, reduceMotion, hideWarnings, hyphenate, hangingPunctuation, chapterOnNewPage, speechRate, speechVoice);
    }

    /** Choosing a theme by hand stops following the system's. */
    public ReadingSettings withTheme(Theme newTheme) {
        return new ReadingSettings(fontFamily, fontSize, lineSpacing, marginScale, indentParagraphs, justify,
                pageMode, newTheme, false, reduceMotion, hideWarnings, hyphenate, hangingPunctuation, chapterOnNewPage, speechRate, speechVoice);
    }

    public ReadingSettings withFollowSystemTheme(boolean follow) {
        return new ReadingSettings(fontFamily, fontSize, lineSpacing, marginScale, indentParagraphs, justify,
                pageMode, theme, follow, reduceMotion, hideWarnings, hyphenate, hangingPunctuation, chapterOnNewPage, speechRate, speechVoice);
    }

    public ReadingSettings withReduceMotion(boolean reduce) {
        return new ReadingSettings(fontFamily, fontSize, lineSpacing, marginScale, indentParagraphs, justify,
                pageMode, theme, followSystemTheme, reduce, hideWarnings, hyphenate, hangingPunctuation, chapterOnNewPage, speechRate, speechVoice);
    }

    public ReadingSettings withHideWarnings(boolean hide) {
        return new ReadingSettings(fontFamily, fontSize, lineSpacing, marginScale, indentParagraphs, justify,
                pageMode, theme, followSystemTheme, reduceMotion, hide, hyphenate, hangingPunctuation, chapterOnNewPage, speechRate, speechVoice);
    }

    public ReadingSettings withHyphenate(boolean hyphens) {
        return new ReadingSettings(fontFamily, fontSize, lineSpacing, marginScale, indentParagraphs, justify,
                pageMode, theme, followSystemTheme, reduceMotion, hideWarnings, hyphens, hangingPunctuation, chapterOnNewPage, speechRate, speechVoice);
    }

    public ReadingSettings withHangingPunctuation(boolean hang) {
        return new ReadingSettings(fontFamily, fontSize, lineSpacing, marginScale, indentParagraphs, justify,
                pageMode, theme, followSystemTheme, reduceMotion, hideWarnings, hyphenate, hang, chapterOnNewPage, speechRate, speechVoice);
    }

    public ReadingSettings withChapterOnNewPage(boolean newPage) {
        return new ReadingSettings(fontFamily, fontSize, lineSpacing, marginScale, indentParagraphs, justify, pageMode,
                theme, followSystemTheme, reduceMotion, hideWarnings, hyphenate, hangingPunctuation, newPage, speechRate, speechVoice);
    }

    /** Words a minute for read aloud, pulled into 80 to 450. */
    public ReadingSettings withSpeechRate(int rate) {
        return new ReadingSettings(fontFamily, fontSize, lineSpacing, marginScale, indentParagraphs, justify, pageMode,
                theme, followSystemTheme, reduceMotion, hideWarnings, hyphenate, hangingPunctuation, chapterOnNewPage,
                rate, speechVoice);
    }

    /** The read aloud voice by its eSpeak name; empty follows the story's language. */
    public ReadingSettings withSpeechVoice(String voice) {
        return new ReadingSettings(fontFamily, fontSize, lineSpacing, marginScale, indentParagraphs, justify, pageMode,
                theme, followSystemTheme, reduceMotion, hideWarnings, hyphenate, hangingPunctuation, chapterOnNewPage,
                speechRate, voice);
    }
}
