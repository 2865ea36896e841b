package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import quire.place.Anchor;
import quire.story.Story;

class PaginationJobTest {
    private static final TextMeasurer MEASURER = new FixedWidthMeasurer();
    private static final PageSpec SPEC = new PageSpec(600, 400, PageSpec.Margins.uniform(30), Typography.DEFAULT);
    private static final Story LONG = StoryGenerator.story(200_000);

    @Test
    void slicedLayoutEqualsTheWholeLayout() {
        PreparedStory prepared = PreparedStory.of(LONG);
        PaginationJob job = new PaginationJob(prepared, SPEC, MEASURER);
        int slices = 0;
        double lastProgress = 0;
        while (!job.advance(1)) {
            slices++;
            assertThat(job.progress()).isGreaterThanOrEqualTo(lastProgress).isLessThan(1);
            lastProgress = job.progress();
        }
        assertThat(slices).isGreaterThan(10);
        assertThat(job.result()).isEqualTo(Paginator.paginate(prepared, SPEC, MEASURER));
    }

    @Test
    void aScrollPreviewNearTheEndOfALongParagraphStillHoldsThePagesAskedForAfterThePlace() throws Exception {
        String paragraph = String.join(" ", java.util.Collections.nCopies(3000, "word"));
        String second = String.join(" ", java.util.Collections.nCopies(3000, "more"));
        PreparedStory prepared = PreparedStory.of(new quire.story.StoryReader().parse("long.md",
                (paragraph + "\n\n" + second).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Pagination exact = Paginator.paginate(prepared, SPEC, MEASURER);
        Page nearEnd = exact.pages().stream().filter(p -> p.lines().stream()
                .anyMatch(line -> line.block() == 0 && line.lastOfBlock())).findFirst().orElseThrow();
        Anchor anchor = nearEnd.start();
        Pagination preview = Paginator.preview(prepared, SPEC, MEASURER, anchor, 3, 3);
        int at = preview.pageIndexOf(anchor);
        assertThat(at).as("pages before the place, to scroll back into").isGreaterThanOrEqualTo(3);
        assertThat(preview.pageCount() - at).as("and the pages asked for after it").isGreaterThanOrEqualTo(3);
    }

    @Test
    void previewStartsWithTheLineHoldingTheAnchor() {
        PreparedStory prepared = PreparedStory.of(LONG);
        Pagination exact = Paginator.paginate(prepared, SPEC, MEASURER);
        Page middle = exact.page(exact.pageCount() / 2);
        Line third = middle.lines().get(2);
        Anchor anchor = new Anchor(third.block(), third.start() + 1);
        Pagination preview = Paginator.preview(prepared, SPEC, MEASURER, anchor, 3);
        assertThat(preview.page(0).start()).isEqualTo(third.anchor());
        assertThat(preview.pageCount()).isGreaterThanOrEqualTo(3);
        assertThat(exact.page(exact.pageIndexOf(anchor))).isEqualTo(middle);
    }

    @Test
    void generatedStoryHasTheSizeAsked() {
        assertThat(StoryGenerator.markdown(1_000_000).length()).isBetween(1_000_000, 1_010_000);
        assertThat(LONG.blocks()).hasSizeGreaterThan(200);
    }
}
