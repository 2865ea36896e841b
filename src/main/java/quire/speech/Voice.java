package quire.speech;

/** An installed eSpeak voice: its display name ("English (Great Britain)") and language code ("en-gb"). */
public record Voice(String name, String language) {
}
