package quire.layout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Finds the hyphenation patterns for a story's language: US English ships inside Quire; any other
 * language uses the machine's {@code /usr/share/hyphen/hyph_LANG[_REGION].dic} (Debian's
 * {@code hyphen-*} packages) when there is one. No file means no hyphenation, never an error.
 */
public final class HyphenationLibrary {
    private static final String BUNDLED = "/quire/layout/hyph/hyph_en_US.dic";
    private static final Path SYSTEM = Path.of("/usr/share/hyphen");
    /**
     * Patterns once asked for, per language, so that the launcher can start reading them while JavaFX
     * starts and the reader view, made later, finds them read. Patterns never change while Quire runs.
     */
    private static final ConcurrentMap<String, CompletableFuture<Optional<Hyphenator>>> ASKED = new ConcurrentHashMap<>();

    private HyphenationLibrary() {
    }

    /**
     * Loads on a daemon thread of its own, so reading ~11,000 patterns never delays a frame; asked again
     * for the same language, answers the same loading (or loaded) patterns.
     */
    public static CompletableFuture<Optional<Hyphenator>> loadInBackground(String language) {
        String key = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        return ASKED.computeIfAbsent(key, k -> startLoading(language));
    }

    private static CompletableFuture<Optional<Hyphenator>> startLoading(String language) {
        CompletableFuture<Optional<Hyphenator>> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(load(language));
            } catch (RuntimeException e) {
                result.complete(Optional.empty());
            }
        }, "quire-hyphenation");
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /** The patterns for a BCP 47 tag such as "en", "en-GB" or "de_DE"; empty when none are found. */
    public static Optional<Hyphenator> load(String language) {
        String tag = code(language == null || language.isBlank() ? "en" : language.strip()).replace('-', '_');
        String lang = tag.split("_")[0].toLowerCase(Locale.ROOT);
        for (String name : new String[] {tag, lang + "_" + lang.toUpperCase(Locale.ROOT), lang}) {
            Path file = SYSTEM.resolve("hyph_" + name + ".dic");
            if (!lang.equals("en") && Files.isReadable(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    return Optional.of(read(in));
                } catch (IOException | RuntimeException e) {
                    return Optional.empty();
                }
            }
        }
        if (!lang.equals("en")) {
            return Optional.empty();
        }
        try (InputStream in = HyphenationLibrary.class.getResourceAsStream(BUNDLED)) {
            return in == null ? Optional.empty() : Optional.of(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** AO3 writes the language's name ("English", "Deutsch"); patterns are named by its code. */
    private static String code(String language) {
        if (language.length() <= 3 || language.contains("-") || language.contains("_")) {
            return language;
        }
        for (Locale locale : Locale.getAvailableLocales()) {
            if (!locale.getLanguage().isEmpty() && (language.equalsIgnoreCase(locale.getDisplayLanguage(Locale.ENGLISH))
                    || language.equalsIgnoreCase(locale.getDisplayLanguage(locale)))) {
                return locale.getLanguage();
            }
        }
        return language;
    }

    /** The first line names the file's character set (UTF-8 or a legacy one such as ISO8859-1). */
    private static Hyphenator read(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        int newline = 0;
        while (newline < bytes.length && bytes[newline] != '\n') {
            newline++;
        }
        String charsetName = new String(bytes, 0, newline, StandardCharsets.US_ASCII).strip();
        Charset charset;
        try {
            charset = Charset.forName(charsetName.replace("ISO8859", "ISO-8859"));
        } catch (IllegalArgumentException e) {
            charset = StandardCharsets.UTF_8;
        }
        return Hyphenator.read(new BufferedReader(new InputStreamReader(
                new java.io.ByteArrayInputStream(bytes), charset)));
    }
}
