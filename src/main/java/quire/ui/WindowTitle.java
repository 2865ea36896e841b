package quire.ui;

import quire.story.StoryMetadata;

/** The window's title for a story: its title, else its main pairing, else just the app's name. */
public final class WindowTitle {
    public static final String APP_NAME = "Quire";

    private WindowTitle() {
    }

    public static String of(StoryMetadata metadata) {
        return storyName(metadata).map(name -> name + " \u2014 " + APP_NAME).orElse(APP_NAME);
    }

    /** What to call the story: its title, else its main pairing; empty when it has neither. */
    public static java.util.Optional<String> storyName(StoryMetadata metadata) {
        return metadata.title().filter(t -> !t.isBlank())
                .or(() -> metadata.pairing().map(WindowTitle::mainPairing).filter(p -> !p.isBlank()));
    }

    /** "Spike/Xander, mentions of Spike, Buffy" names Spike/Xander first: the rest is detail. */
    private static String mainPairing(String pairing) {
        String first = pairing.strip().lines().findFirst().orElse("");
        int comma = first.indexOf(',');
        return (comma > 0 ? first.substring(0, comma) : first).strip();
    }
}
