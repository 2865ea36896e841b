package quire.epub;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * fanfiction.net's story line after "Rated: Fiction M - ": the language, then the genres ("Romance/Angst"),
 * then the characters (a pairing in brackets: "[Harry P., Draco M.] Ron W."), then {@code Key: value}
 * pieces (Chapters, Words, Status, id). Parts it cannot place are left out.
 */
final class FanFictionNetLine {
    private static final Set<String> GENRES = Set.of("adventure", "angst", "crime", "drama", "family", "fantasy",
            "friendship", "general", "horror", "humor", "hurt/comfort", "mystery", "parody", "poetry", "romance",
            "sci-fi", "spiritual", "supernatural", "suspense", "tragedy", "western");

    private FanFictionNetLine() {
    }

    static void read(String rating, String rest, MetadataDraft draft) {
        draft.rating(rating);
        List<String> pieces = Arrays.stream(rest.split("\\s+-\\s+")).map(String::strip).toList();
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            int colon = piece.indexOf(':');
            if (colon > 0) {
                keyed(piece.substring(0, colon).strip(), piece.substring(colon + 1).strip(), draft);
            } else if (i == 0) {
                draft.other("Language", piece);
            } else if (isGenres(piece)) {
                draft.tags(Arrays.asList(piece.replace("Hurt/Comfort", "Hurt\u2044Comfort").split("/")).stream()
                        .map(g -> g.replace('\u2044', '/')).toList());
            } else if (piece.equalsIgnoreCase("Complete")) {
                draft.other("Status", "Complete");
            } else {
                characters(piece, draft);
            }
        }
    }

    private static boolean isGenres(String piece) {
        String lower = piece.toLowerCase(Locale.ROOT).replace("hurt/comfort", "hurt\u2044comfort");
        return Arrays.stream(lower.split("/")).allMatch(g -> GENRES.contains(g.replace('\u2044', '/')));
    }

    private static void characters(String piece, MetadataDraft draft) {
        int open = piece.indexOf('[');
        int close = piece.indexOf(']');
        if (open >= 0 && close > open) {
            draft.pairing(String.join("/", split(piece.substring(open + 1, close))));
        }
        draft.characters(split(piece.replace("[", ",").replace("]", ",")));
    }

    private static List<String> split(String names) {
        return Arrays.stream(names.split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    private static void keyed(String key, String value, MetadataDraft draft) {
        switch (key.toLowerCase(Locale.ROOT)) {
            case "words" -> draft.words(MetadataDraft.number(value));
            case "id" -> draft.other("FanFiction id", value);
            case "chapters", "status", "updated", "published" -> draft.other(key, value);
            default -> { }
        }
    }
}
