package quire.settings;

/**
 * The words the reader's place starts with, as a story's state keeps them to find the place again in a
 * changed text: the words themselves ({@code exact}) with a little of the text before and after. Plain
 * text, so that the stories file's shape is this package's to keep, whatever the marks do with quotes.
 * On disk it is the quote earlier versions wrote there ({@code prefix}, {@code exact}, {@code suffix},
 * {@code copies}), so either version reads the other's; {@code copies} is 0 for a place (not counted).
 */
public record PlaceWords(String prefix, String exact, String suffix, int copies) {
    public PlaceWords {
        prefix = prefix == null ? "" : prefix;
        exact = exact == null ? "" : exact;
        suffix = suffix == null ? "" : suffix;
        copies = Math.max(0, copies);
    }
}
