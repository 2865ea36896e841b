package quire.layout;

/** Text to draw in one font with its left edge at {@code x}, measured from the page's content box. */
public record Run(String text, FontSpec font, double x) {
}
