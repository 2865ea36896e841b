package quire.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import quire.settings.Theme;
import quire.story.RatingLevel;

/**
 * The colours of each theme, defined once. The stylesheet refers to them by name ({@code -quire-ink}
 * and so on) and the window sets them on its root, so switching theme restyles every screen at once.
 * A test checks every text colour against its background (4.5:1, and 7:1 for Black).
 */
public record ThemePalette(String page, String ink, String muted, String card, String line, String accent,
                           String accentInk, String focus, Ranges ranges) {

    /**
     * What is drawn behind the text: the selection, search matches and the current match. The text stays
     * in the theme's ink on each, so each must keep the ink readable and still stand out from the page.
     */
    public record Ranges(String selection, String searchHit, String currentHit, Highlights highlights,
                         String spokenWord, String spokenSentence) {
    }

    /** The four highlight colours, each quiet enough to read the ink on, distinct enough to tell apart. */
    public record Highlights(String yellow, String green, String blue, String pink) {
        public java.util.List<String> all() {
            return java.util.List.of(yellow, green, blue, pink);
        }
    }

    public static ThemePalette of(Theme theme) {
        return switch (theme) {
            case LIGHT -> new ThemePalette("#fbfaf7", "#1f1d1a", "#5c574f", "#ffffff", "#d9d4ca", "#7a3e1d",
                    "#ffffff", "#1a5fb4", new Ranges("#b9d3f2", "#f6e08a", "#f2a65a",
                    new Highlights("#f5d94a", "#bfe6ae", "#aee0ee", "#f8c4dc"), "#9fd4b0", "#ebefe2"));
            case SEPIA -> new ThemePalette("#f4ecd8", "#3b2f22", "#5b4a36", "#fbf5e6", "#d8c9a8", "#7f4419",
                    "#ffffff", "#1a5fb4", new Ranges("#c3d3e3", "#ecd27e", "#e3a05c",
                    new Highlights("#efd760", "#bcd9a4", "#a9d3df", "#efbcd0"), "#a6cf9c", "#e8e3c5"));
            case DARK -> new ThemePalette("#1e1f22", "#e3dfd7", "#aaa49b", "#27292d", "#4a4d54", "#e0a070",
                    "#1e1f22", "#8ab4f8", new Ranges("#2d4a73", "#4f4420", "#7a5414",
                    new Highlights("#5c5314", "#23502f", "#1f4f5e", "#5e2a48"), "#2f5d3e", "#2b302c"));
            case BLACK -> new ThemePalette("#000000", "#ffffff", "#d6d6d6", "#0a0a0a", "#6a6a6a", "#ffd479",
                    "#000000", "#ffff00", new Ranges("#1d3b6e", "#3d3300", "#6b4a00",
                    new Highlights("#4a4000", "#0f4a1e", "#0a4052", "#571a3d"), "#17592f", "#121c14"));
        };
    }

    /**
     * The badge colour of a rating level: AO3's colours (green, yellow, orange, red, grey), the same in every
     * theme so a rating reads alike everywhere; text on it is black or white.
     */
    public static String badgeColour(RatingLevel level) {
        return switch (level) {
            case GENERAL -> "#78a700";
            case TEEN -> "#e6d200";
            case MATURE -> "#e67300";
            case EXPLICIT -> "#990000";
            case NOT_RATED -> "#6b6b6b";
        };
    }

    /** The looked-up colours for the stylesheet, as an inline style for the scene's root. */
    public String asStyle() {
        Map<String, String> colours = new LinkedHashMap<>();
        colours.put("-quire-page", page);
        colours.put("-quire-ink", ink);
        colours.put("-quire-muted", muted);
        colours.put("-quire-card", card);
        colours.put("-quire-line", line);
        colours.put("-quire-accent", accent);
        colours.put("-quire-accent-ink", accentInk);
        colours.put("-quire-focus", focus);
        colours.put("-quire-selection", ranges.selection());
        colours.put("-quire-search-hit", ranges.searchHit());
        colours.put("-quire-current-hit", ranges.currentHit());
        colours.put("-quire-highlight-yellow", ranges.highlights().yellow());
        colours.put("-quire-highlight-green", ranges.highlights().green());
        colours.put("-quire-highlight-blue", ranges.highlights().blue());
        colours.put("-quire-highlight-pink", ranges.highlights().pink());
        colours.put("-quire-spoken-word", ranges.spokenWord());
        colours.put("-quire-spoken-sentence", ranges.spokenSentence());
        StringBuilder style = new StringBuilder();
        colours.forEach((name, value) -> style.append(name).append(": ").append(value).append("; "));
        return style.toString().strip();
    }
}
