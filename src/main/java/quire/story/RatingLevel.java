package quire.story;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How strong a story's rating is, read from the author's own label (which is always shown verbatim).
 * Covers the MPAA-style letters most fanfic uses (G, PG, PG-13, R, NC-17), FanFiction.net's (K, K+, T,
 * M, MA) and AO3's words. A label Quire does not recognise, or none, is {@link #NOT_RATED}: a reader is
 * asked before the text appears, as AO3 does for unrated work.
 */
public enum RatingLevel {
    GENERAL("General", "G", "suitable for everyone"),
    TEEN("Teen", "T", "for teens and up"),
    MATURE("Mature", "M", "mature content"),
    EXPLICIT("Explicit", "E", "explicit content"),
    NOT_RATED("Not rated", "?", "no rating given");

    private static final Map<String, RatingLevel> LABELS = Map.ofEntries(
            Map.entry("g", GENERAL), Map.entry("k", GENERAL), Map.entry("general", GENERAL),
            Map.entry("general audiences", GENERAL), Map.entry("all ages", GENERAL),
            Map.entry("pg", TEEN), Map.entry("pg-13", TEEN), Map.entry("pg13", TEEN), Map.entry("t", TEEN),
            Map.entry("k+", TEEN), Map.entry("teen", TEEN), Map.entry("teen and up", TEEN),
            Map.entry("teen and up audiences", TEEN), Map.entry("teens", TEEN),
            Map.entry("r", MATURE), Map.entry("m", MATURE), Map.entry("mature", MATURE),
            Map.entry("nc-17", EXPLICIT), Map.entry("nc17", EXPLICIT), Map.entry("e", EXPLICIT),
            Map.entry("ma", EXPLICIT), Map.entry("explicit", EXPLICIT), Map.entry("x", EXPLICIT),
            Map.entry("xxx", EXPLICIT), Map.entry("adult", EXPLICIT),
            Map.entry("not rated", NOT_RATED), Map.entry("unrated", NOT_RATED));

    private final String word;
    private final String symbol;
    private final String meaning;

    RatingLevel(String word, String symbol, String meaning) {
        this.word = word;
        this.symbol = symbol;
        this.meaning = meaning;
    }

    /** The level's name for people: "Mature". */
    public String word() {
        return word;
    }

    /** A one-character mark that tells the level without colour: "M". */
    public String symbol() {
        return symbol;
    }

    /** What the level means, for screen readers: "mature content". */
    public String meaning() {
        return meaning;
    }

    /** True when the story text stays hidden until the reader says yes. */
    public boolean needsConsent() {
        return this == MATURE || this == EXPLICIT || this == NOT_RATED;
    }

    /**
     * The level of an author's label. The whole label is tried first ("Teen And Up Audiences"), then its
     * first word ("R overall", "PG-13 for language"), ignoring case and surrounding punctuation.
     */
    public static RatingLevel of(Optional<String> label) {
        if (label.isEmpty()) {
            return NOT_RATED;
        }
        String normal = label.get().toLowerCase(Locale.ROOT).strip()
                .replaceAll("^[\\p{Punct}\\s&&[^+]]+|[\\p{Punct}\\s&&[^+]]+$", "")
                .replaceAll("\\s+", " ");
        RatingLevel whole = LABELS.get(normal);
        if (whole != null) {
            return whole;
        }
        String first = normal.split("[\\s,;:/(]+", 2)[0];
        return LABELS.getOrDefault(first, NOT_RATED);
    }

    /** The sentence a screen reader says for the badge: "Rated R overall: mature content". */
    public static String accessibleText(Optional<String> label) {
        RatingLevel level = of(label);
        return label.map(l -> "Rated " + l + ": " + level.meaning()).orElse("Not rated: " + level.meaning());
    }
}
