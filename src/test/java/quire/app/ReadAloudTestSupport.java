package quire.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;
import quire.place.TextRange;
import quire.ui.RangeKind;

/** What the read-aloud ITs share: a story of short, alike paragraphs, the spoken word, and waiting for it. */
abstract class ReadAloudTestSupport extends AppTestSupport {

    /** Thirty paragraphs of rain, written beside this test's config folder as {@code <name>.md}. */
    protected Path rainStory(String name) throws Exception {
        StringBuilder md = new StringBuilder("---\nrating: G\n---\n\n");
        for (int i = 1; i <= 30; i++) {
            md.append("Rain fell on the roofs of the town, and nobody came out to see it. Paragraph ")
                    .append(i).append(" ends here.\n\n");
        }
        Path file = config.resolveSibling(config.getFileName() + "-" + name + ".md");
        Files.writeString(file, md);
        return file;
    }

    /** The spoken word's range, read on the UI thread (empty while nothing is heard). */
    protected List<TextRange> spoken() throws Exception {
        return app.readOnFx(() -> app.reader().rangesOf(RangeKind.SPOKEN_WORD));
    }

    /** Waits for {@code condition}, asked on the UI thread (see {@link AppDriver#waitUntil}). */
    protected void waitFor(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> app.readOnFx(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
