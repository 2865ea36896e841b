package quire.settings;

/**
 * How the story is laid on pages: one, two side by side, whichever fits, or one scrolled column; and whether
 * each chapter starts on a new page.
 */
public record PageLayout(PageMode pageMode, boolean chapterOnNewPage) {
    public static final PageLayout DEFAULTS = new PageLayout(PageMode.AUTO, true);

    public PageLayout {
        pageMode = pageMode == null ? PageMode.AUTO : pageMode;
    }

    public PageLayout withPageMode(PageMode mode) {
        return new PageLayout(mode, chapterOnNewPage);
    }

    public PageLayout withChapterOnNewPage(boolean newPage) {
        return new PageLayout(pageMode, newPage);
    }
}
