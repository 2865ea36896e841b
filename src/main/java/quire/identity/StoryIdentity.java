package quire.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import quire.story.Story;
import quire.story.StoryMetadata;

/**
 * What Quire keeps to know a story again: the hash of its exact text, the file it was opened from
 * ({@link #BUNDLED} for the story Quire ships), identifiers its metadata names (a link or an archive's
 * work id), its name (title and author, folded) or else a digest of its summary, and a sketch of its
 * text. Empty strings mean "not known"; nothing here is shown to the reader.
 */
public record StoryIdentity(String contentHash, String file, List<String> ids, String name, String summary,
                            TextSketch sketch) {
    public static final String BUNDLED = "bundled:story.md";
    /** Metadata keys whose value identifies a work wherever it is downloaded from, compared folded. */
    static final Set<String> ID_KEYS = Set.of("url", "link", "source", "identifier", "id", "work id", "workid",
            "work url", "ao3", "ao3 id", "archive id", "fanfiction id");

    public StoryIdentity {
        contentHash = contentHash == null ? "" : contentHash;
        file = file == null ? "" : file;
        ids = ids == null ? List.of() : List.copyOf(ids);
        name = name == null ? "" : name;
        summary = summary == null ? "" : summary;
        sketch = sketch == null ? TextSketch.EMPTY : sketch;
    }

    /** The identity of {@code story}, opened from {@code file} (empty for the bundled story). */
    public static StoryIdentity of(Story story, Optional<java.nio.file.Path> file) {
        StoryMetadata metadata = story.metadata();
        String where = file.map(f -> f.toAbsolutePath().normalize().toString()).orElse(BUNDLED);
        String name = metadata.title().isPresent() || metadata.author().isPresent()
                ? fold(metadata.title().orElse("")) + "|" + fold(metadata.author().orElse("")) : "";
        String summary = metadata.summary().map(StoryIdentity::fold).filter(s -> !s.isEmpty())
                .map(StoryIdentity::digest).orElse("");
        return new StoryIdentity(story.contentHash(), where, idsOf(metadata.otherFields()), name, summary,
                TextSketch.of(story.blocks().stream().map(quire.story.Block::plainText)::iterator));
    }

    /**
     * True when this remembered identity is surely the story with {@code contentHash}, opened from
     * {@code file} with {@code metadata}, before its text is read: the same text, the same file, or an
     * identifier in common. (Without its text a story that moved and changed is not known yet.)
     */
    public boolean knownWithoutText(String contentHash, Optional<java.nio.file.Path> file, StoryMetadata metadata) {
        if (this.contentHash.equals(contentHash)) {
            return true;
        }
        String where = file.map(f -> f.toAbsolutePath().normalize().toString()).orElse(BUNDLED);
        if (this.file.equals(where)) {
            return true;
        }
        List<String> theirs = idsOf(metadata.otherFields());
        return ids.stream().anyMatch(theirs::contains);
    }

    /** The same story seen now: its text's hash, file and sketch as they are, the rest as now read. */
    public StoryIdentity withFile(String newFile) {
        return new StoryIdentity(contentHash, newFile, ids, name, summary, sketch);
    }

    private static List<String> idsOf(Map<String, String> otherFields) {
        List<String> ids = new ArrayList<>();
        otherFields.forEach((key, value) -> {
            String folded = key.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
            if (ID_KEYS.contains(folded) && !value.isBlank()) {
                ids.add(value.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("/+$", ""));
            }
        });
        return ids;
    }

    /** Letters and digits in lower case, one space between words: how a name is compared. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
