package quire.layout;

import quire.place.Anchor;

/** One chapter: its 1-based number, its heading as written, and where it starts in the text. */
public record Chapter(int number, String title, Anchor start) {
}
