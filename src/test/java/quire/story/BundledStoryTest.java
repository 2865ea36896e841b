package quire.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The story Quire ships must say exactly what its author posted, no more and no less. */
class BundledStoryTest {
    private final Story bundled = TestStories.parse(TestStories.BUNDLED);
    private final Story seed = TestStories.parse(TestStories.SEED);
    private final String post = new String(TestStories.bytes(TestStories.SEED), StandardCharsets.UTF_8);

    @Test
    void metadataIsTheAuthorsHeaderVerbatim() {
        StoryMetadata m = bundled.metadata();
        assertThat(m.pairing()).contains("Spike/Xander, mentions of Spike, Buffy, Willow friendship");
        assertThat(m.rating()).contains("R overall");
        assertThat(m.warnings()).containsExactly("Character death...sort of");
        assertThat(m.summary()).contains("Ten years after Sunnydale's destruction, Spike returns to the ruins. "
                + "Chasing his lover on All Souls' Night, when the dead can return and walk amongst the living, "
                + "Spike will do whatever he must to get Xander back.");
        assertThat(m.notes()).hasValueSatisfying(notes -> {
            assertThat(notes).startsWith("Written for [profile] fall_for_sx. Thanks to my beta,[personal profile] "
                    + "kidcyclone\u00a0 , for putting up");
            assertThat(notes).endsWith("but it was still the inspiration!");
            assertThat(post).contains("A/N: " + notes + "\n");
        });
    }

    @Test
    void nothingIsInvented() {
        StoryMetadata m = bundled.metadata();
        assertThat(m.title()).isEmpty();
        assertThat(m.author()).isEmpty();
        assertThat(m.fandom()).isEmpty();
        assertThat(m.words()).isEmpty();
        assertThat(m.otherFields()).isEmpty();
    }

    @Test
    void openingTheAuthorsPostGivesTheSameStoryAsTheBundledFile() {
        assertThat(seed.metadata()).isEqualTo(bundled.metadata());
        assertThat(seed.blocks()).isEqualTo(bundled.blocks());
    }

    @Test
    void everyCharacterOfTheBodyReachesTheModelUnchanged() {
        String body = post.substring(post.indexOf("\u201cNow why would I need to settle"));
        assertThat(bundled.plainText()).isEqualTo(body.stripTrailing());
        assertThat(bundled.blocks()).hasSize(body.strip().split("\n\n").length)
                .allSatisfy(block -> assertThat(block).isInstanceOf(Block.Paragraph.class));
    }

    @Test
    void theAuthorsQuirksSurvive() {
        String text = bundled.plainText();
        assertThat(text).contains("\u2018Red, deal with it and get your ass back here,\u201d he thought.");
        assertThat(text).contains("her soul\u2026it\u2019s here!\u2019");
        assertThat(text).doesNotContain("...");
    }

    @Test
    void wordCountIsCountedFromTheBody() {
        assertThat(bundled.wordCount()).isBetween(800, 900);
        assertThat(List.of(bundled.wordCount())).containsExactly(seed.wordCount());
    }
}
