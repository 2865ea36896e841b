package quire.markstore;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import quire.marks.Bookmark;
import quire.marks.Highlight;
import quire.marks.Mark;
import quire.marks.MarkColour;
import quire.marks.TextQuote;
import quire.place.TextRange;

/** A child process for the marks crash test: saves two alternating sets of marks as fast as it can, forever. */
public final class MarksWriterLoop {
    static final String KEY = "story-under-test";
    /** Some 300 KB: each write takes long enough for a kill to land in the middle of many of them. */
    static final List<Mark> FIRST = IntStream.range(0, 300).<Mark>mapToObj(i -> new Highlight("h" + i,
            TextRange.inBlock(i, 3, 40), new TextQuote("before ", "the words \u201c" + i + "\u201d", " after"),
            MarkColour.values()[i % 4], "A note on the words, long enough to weigh something. ".repeat(12), true))
            .toList();
    static final List<Mark> SECOND = IntStream.range(0, 40).<Mark>mapToObj(i -> new Bookmark("b" + i,
            TextRange.inBlock(2 * i, 0, 20), new TextQuote("", "The page\u2019s first words", ""), i % 3 != 0))
            .toList();

    private MarksWriterLoop() {
    }

    public static void main(String[] args) throws Exception {
        MarksStore store = new MarksStore(Path.of(args[0]), Clock.systemUTC());
        System.out.println("writing");
        System.out.flush();
        for (long i = 0; ; i++) {
            store.save(KEY, i % 2 == 0 ? FIRST : SECOND);
        }
    }
}
