package quire.settings;

/**
 * How Quire's screens look and behave: the theme, or following the system's light or dark mode; whether
 * motion is reduced (no fade as a page turns); and whether a story's warnings stay hidden until the reader asks.
 */
public record Appearance(Theme theme, boolean followSystemTheme, boolean reduceMotion, boolean hideWarnings) {
    public static final Appearance DEFAULTS = new Appearance(Theme.LIGHT, false, false, false);

    public Appearance {
        theme = theme == null ? Theme.LIGHT : theme;
    }

    /** Choosing a theme by hand stops following the system's. */
    public Appearance withTheme(Theme newTheme) {
        return new Appearance(newTheme, false, reduceMotion, hideWarnings);
    }

    public Appearance withFollowSystemTheme(boolean follow) {
        return new Appearance(theme, follow, reduceMotion, hideWarnings);
    }

    public Appearance withReduceMotion(boolean reduce) {
        return new Appearance(theme, followSystemTheme, reduce, hideWarnings);
    }

    public Appearance withHideWarnings(boolean hide) {
        return new Appearance(theme, followSystemTheme, reduceMotion, hide);
    }
}
